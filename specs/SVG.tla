-------------------------------- MODULE SVG ---------------------------------
(***************************************************************************)
(* SVG elements as records, for animations in ALIAS expressions, as       *)
(* tlc-c ships them (community module). SVGElemToString,                  *)
(* NodeOfRingNetwork and PointOnLine are native, as in TLC;               *)
(* NodesOfDirectedMultiGraph (a graph layout) is not supported yet.       *)
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
    SVGElem("image", Merge([x |-> ToString(x), y |-> ToString(y), width |-> ToString(width), height |-> ToString(height)]
                           @@ ("xlink:href" :> href), attrs), << >>, "")
Group(children, attrs) == SVGElem("g", attrs, children, "")
Svg(children, attrs) == SVGElem("svg", attrs, children, "")
(* A whole document: the element inside an svg element with a view box. *)
SVGDoc(children, vbX, vbY, vbW, vbH, attrs) ==
    Svg(<<children>>,
        Merge(("xmlns:xlink" :> "http://www.w3.org/1999/xlink" @@ "xmlns" :> "http://www.w3.org/2000/svg"
               @@ "viewBox" :> (ToString(vbX) \o " " \o ToString(vbY) \o " " \o ToString(vbW) \o " " \o ToString(vbH))),
              attrs))
(* <name attr='value' ...>innerText children</name>                     *)
SVGElemToString(elem) == CHOOSE s \in STRING : TRUE      \* native
(* Node n of m placed evenly on the circle of centre (cx, cy), radius r. *)
NodeOfRingNetwork(cx, cy, r, n, m) == CHOOSE p \in [x : Int, y : Int] : TRUE   \* native
NodesOfDirectedMultiGraph(nodes, edges, options) ==      \* native: not supported yet
    CHOOSE f \in [nodes -> [x : Int, y : Int]] : TRUE
(* from + (to - from) / segment, each coordinate truncated towards 0.    *)
PointOnLine(from, to, segment) == CHOOSE p \in [x : Int, y : Int] : TRUE      \* native
(* Writes the document to frameNamePrefix, the frame number on 3 digits, *)
(* and .svg (a file per frame of an animation).                          *)
SVGSerialize(svg, frameNamePrefix, frameNumber) ==
    LET IO == INSTANCE IOUtils
    IN IO!Serialize(SVGElemToString(svg), frameNamePrefix \o IO!zeroPadN(frameNumber, 3) \o ".svg",
                    [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>])
=============================================================================
