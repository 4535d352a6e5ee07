"""Printed documents as PDF: labels, lists, sign-in sheets, badges, certificates, letters.

Each document module has one ``render_…`` function taking plain records (see
``documents``) and an output path or binary stream, returning a ``PrintResult`` with
the page count and the problems to show the user. Modules: ``label_sheet`` (formats),
``labels``, ``invitation_list``, ``signin_sheet``, ``badges``, ``certificates``,
``letters``; helpers ``fonts``, ``text_fit``, ``table_pages``, ``wording``.
"""
