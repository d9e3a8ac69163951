------------------------------- MODULE Graphs -------------------------------
(***************************************************************************)
(* Directed graphs as records [node |-> N, edge |-> E] with E a set of     *)
(* pairs, as tlc-c ships them (community module). SimplePath,              *)
(* AreConnectedIn, IsStronglyConnected and ConnectionsIn are computed      *)
(* natively, by search over the nodes.                                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, SequencesExt, Relation
IsDirectedGraph(G) == /\ G = [node |-> G.node, edge |-> G.edge]
                      /\ G.edge \subseteq (G.node \X G.node)
DirectedSubgraph(G) == { H \in [node : SUBSET G.node, edge : SUBSET (G.node \X G.node)] :
                           IsDirectedGraph(H) /\ H.edge \subseteq G.edge }
Transpose(G) == [node |-> G.node, edge |-> { <<e[2], e[1]>> : e \in G.edge }]
IsUndirectedGraph(G) == IsDirectedGraph(G) /\ \A e \in G.edge : <<e[2], e[1]>> \in G.edge
UndirectedSubgraph(G) == { H \in DirectedSubgraph(G) : IsUndirectedGraph(H) }
\* Paths are non-empty sequences of nodes of any length (an infinite set).
Path(G) == { p \in Seq(G.node) :
               p # << >> /\ \A i \in 1 .. (Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge }
SimplePath(G) == { p \in Path(G) : \A i, j \in 1 .. Len(p) : p[i] = p[j] => i = j }   \* native
AreConnectedIn(m, n, G) == \E p \in Path(G) : p[1] = m /\ p[Len(p)] = n             \* native
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)              \* native
ConnectionsIn(G) == [m, n \in G.node |-> AreConnectedIn(m, n, G)]                    \* native
IsTreeWithRoot(G, r) == /\ IsDirectedGraph(G)
                        /\ r \in G.node
                        /\ \A e \in G.edge : /\ e[1] # r
                                            /\ \A f \in G.edge : e[1] = f[1] => e = f
                        /\ \A n \in G.node : AreConnectedIn(n, r, G)
GraphUnion(G, H) == [node |-> G.node \cup H.node, edge |-> G.edge \cup H.edge]
IsBipartiteWithPartitions(G, U, V) == /\ G.node \subseteq U \cup V
                                     /\ U \cap V = {}
                                     /\ \A e \in G.edge : (e[1] \in U /\ e[2] \in V) \/ (e[1] \in V /\ e[2] \in U)
HasCycle(G) == \/ \E n \in G.node : <<n, n>> \in G.edge
               \/ \E m, n \in G.node : m # n /\ ConnectionsIn(G)[m, n] /\ ConnectionsIn(G)[n, m]
IsDag(G) == IsDirectedGraph(G) /\ ~HasCycle(G)
Successors(G, n) == { m \in G.node : <<n, m>> \in G.edge }
AllSuccessors(G, S) == UNION { Successors(G, n) : n \in S }
Predecessors(G, n) == { m \in G.node : <<m, n>> \in G.edge }
AllPredecessors(G, S) == UNION { Predecessors(G, n) : n \in S }
\* The nodes a path of one edge or more leads from (to): n itself when it lies on a cycle.
Ancestors(G, n) == { m \in G.node : \E k \in Successors(G, m) : ConnectionsIn(G)[k, n] }
Descendants(G, n) == { m \in G.node : \E k \in Successors(G, n) : ConnectionsIn(G)[k, m] }
InDegree(G, n) == Cardinality(Predecessors(G, n))
OutDegree(G, n) == Cardinality(Successors(G, n))
Roots(G) == { n \in G.node : InDegree(G, n) = 0 }
Leaves(G) == { n \in G.node : OutDegree(G, n) = 0 }
EmptyGraph == [node |-> {}, edge |-> {}]
Graphs(S) == [node : {S}, edge : SUBSET (S \X S)]
=============================================================================
