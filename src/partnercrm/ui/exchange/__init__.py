"""Contact exchange widgets: import dialog (preview, decisions, progress, undo), column
mapping for CSV/XLSX, export dialog, and drag-and-drop of contact files."""
