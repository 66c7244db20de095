package org.answerdesk.richtext;

import org.commonmark.node.Node;

/**
 * A depth-first visit of a commonmark-java tree; {@code exit} is called for every node entered, whether its children
 * were visited.
 */
interface NodeVisitor {

    /** @return whether to visit the node's children */
    boolean enter(Node node);

    void exit(Node node);

    /** Visits the nodes under {@code root} without recursion: no nesting can overflow the stack. */
    static void walk(Node root, NodeVisitor visitor) {
        Node node = root.getFirstChild();
        while (node != null) {
            if (visitor.enter(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            visitor.exit(node);
            while (node.getNext() == null) {
                node = node.getParent();
                if (node == root) {
                    return;
                }
                visitor.exit(node);
            }
            node = node.getNext();
        }
    }
}
