-------------------------------- MODULE SVG ---------------------------------
(***************************************************************************)
(* SVG elements as records, for animations in ALIAS expressions, as       *)
(* tlc-c ships them (community module).                                   *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE Integers
LOCAL INSTANCE TLC
LOCAL INSTANCE FiniteSets
LOCAL Merge(r1, r2) == [k \in DOMAIN r1 \cup DOMAIN r2 |-> IF k \in DOMAIN r1 THEN r1[k] ELSE r2[k]]
SVGElem(_name, _attrs, _children, _innerText) ==
    [name |-> _name, attrs |-> _attrs, children |-> _children, innerText |-> _innerText]
Line(x1, y1, x2, y2, attrs) ==
    SVGElem("line", Merge([x1 |-> ToString(x1), y1 |-> ToString(y1), x2 |-> ToString(x2), y2 |-> ToString(y2)], attrs), << >>, "")
Circle(cx, cy, r, attrs) ==
    SVGElem("circle", Merge([cx |-> ToString(cx), cy |-> ToString(cy), r |-> ToString(r)], attrs), << >>, "")
Rect(x, y, w, h, attrs) ==
    SVGElem("rect", Merge([x |-> ToString(x), y |-> ToString(y), width |-> ToString(w), height |-> ToString(h)], attrs), << >>, "")
Text(x, y, text, attrs) ==
    SVGElem("text", Merge([x |-> ToString(x), y |-> ToString(y)], attrs), << >>, text)
Image(x, y, width, height, href, attrs) ==
    SVGElem("image", Merge([x |-> ToString(x), y |-> ToString(y), width |-> ToString(width), height |-> ToString(height), href |-> href], attrs), << >>, "")
Group(children, attrs) == SVGElem("g", attrs, children, "")
Svg(children, attrs) == SVGElem("svg", attrs, children, "")
SVGDoc(children, vbX, vbY, vbW, vbH, attrs) ==
    SVGElem("svg", Merge([viewBox |-> ToString(vbX) \o " " \o ToString(vbY) \o " " \o ToString(vbW) \o " " \o ToString(vbH)], attrs), children, "")
SVGElemToString(elem) == ToString(elem)
NodeOfRingNetwork(cx, cy, r, n, m) == [x |-> cx + r * ((n - 1) % 2), y |-> cy + r * (n \div m)]
NodesOfDirectedMultiGraph(nodes, edges, options) == [n \in nodes |-> [x |-> 0, y |-> 0]]
PointOnLine(from, to, segment) == [x |-> from.x + (to.x - from.x) \div segment, y |-> from.y + (to.y - from.y) \div segment]
SVGSerialize(svg, frameNamePrefix, frameNumber) == TRUE
=============================================================================
