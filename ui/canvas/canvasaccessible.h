#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace tarmac {

/// Makes the canvas readable by assistive technology: the view is a list whose children are
/// its cards and zones in reading order, each with its name, its kind, figures and status as
/// the description, its place on screen and whether it is selected. Installed once, before
/// the first canvas is shown (CanvasView does it).
void installCanvasAccessibility();

/// The accessible interface Qt asks for `object` (a CanvasView, NodeItem or ZoneItem), or null.
QAccessibleInterface *canvasAccessibleFactory(const QString &className, QObject *object);

} // namespace tarmac
