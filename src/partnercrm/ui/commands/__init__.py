"""Undoable data edits: each a QUndoCommand calling a service in redo() and undo()."""
