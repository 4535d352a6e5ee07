"""The Qt desktop user interface (the only package that imports PySide6).

Importing it first guards against a crash of the Qt binding (see qt_workarounds).
"""

from partnercrm.ui import qt_workarounds

qt_workarounds.apply()
