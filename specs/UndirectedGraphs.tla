-------------------------- MODULE UndirectedGraphs --------------------------
(***************************************************************************)
(* Undirected graphs as records [node |-> N, edge |-> E] with E a set of  *)
(* two-element sets, as tlc-c ships them (community module).              *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds
LOCAL INSTANCE Functions
IsUndirectedGraph(G) == /\ G = [node |-> G.node, edge |-> G.edge]
                        /\ \A e \in G.edge : e \subseteq G.node /\ Cardinality(e) \in {1, 2}
IsLoopFreeUndirectedGraph(G) == IsUndirectedGraph(G) /\ \A e \in G.edge : Cardinality(e) = 2
UndirectedSubgraph(G) == { H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H) }
Path(G) == { p \in SeqOf(G.node, Cardinality(G.node)) :
               p # << >> /\ \A i \in 1 .. (Len(p) - 1) : {p[i], p[i + 1]} \in G.edge }
SimplePath(G) == { p \in Path(G) : Cardinality(ToSet(p)) = Len(p) }
AreConnectedIn(m, n, G) == \E p \in SimplePath(G) : p[1] = m /\ p[Len(p)] = n
ConnectedComponents(G) ==
    { { n \in G.node : AreConnectedIn(m, n, G) } : m \in G.node }
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)
UndirectedGraphs(S) == { G \in [node : {S}, edge : SUBSET { e \in SUBSET S : Cardinality(e) \in {1, 2} }] :
                           IsUndirectedGraph(G) }
=============================================================================
