-------------------------- MODULE UndirectedGraphs --------------------------
(***************************************************************************)
(* Undirected graphs as records [node |-> N, edge |-> E] with E a set of   *)
(* sets {a, b} of nodes, as tlc-c ships them (community module).           *)
(* SimplePath, AreConnectedIn, ConnectedComponents and IsStronglyConnected *)
(* are computed natively, by search over the nodes.                        *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds
LOCAL INSTANCE Functions
IsUndirectedGraph(G) == /\ G = [node |-> G.node, edge |-> G.edge]
                        /\ \A e \in G.edge : \E a, b \in G.node : e = {a, b}
IsLoopFreeUndirectedGraph(G) == /\ G = [node |-> G.node, edge |-> G.edge]
                                /\ \A e \in G.edge : \E a, b \in G.node : a # b /\ e = {a, b}
UndirectedSubgraph(G) == { H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H) }
\* Paths are non-empty sequences of nodes of any length (an infinite set).
Path(G) == { p \in Seq(G.node) :
               p # << >> /\ \A i \in 1 .. (Len(p) - 1) : {p[i], p[i + 1]} \in G.edge }
SimplePath(G) == { p \in Path(G) : \A i, j \in 1 .. Len(p) : p[i] = p[j] => i = j }   \* native
AreConnectedIn(m, n, G) == \E p \in Path(G) : p[1] = m /\ p[Len(p)] = n             \* native
\* The maximal non-empty sets of nodes connected by paths inside them: the classes of AreConnectedIn.
ConnectedComponents(G) == { { n \in G.node : AreConnectedIn(m, n, G) } : m \in G.node }   \* native
IsStronglyConnected(G) == ConnectedComponents(G) = {G.node}                          \* native
UndirectedGraphs(S) == [node : {S}, edge : SUBSET { {s, t} : <<s, t>> \in S \X S }]
=============================================================================
