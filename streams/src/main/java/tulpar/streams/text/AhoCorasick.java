package tulpar.streams.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton: finds every occurrence of every pattern in one left-to-right pass over a text,
 * however many patterns there are. Built once, then immutable and safe to share between threads.
 *
 * @param <T> what a pattern stands for
 */
public final class AhoCorasick<T> {

  /** One occurrence: {@code [start, end)} in the scanned text. */
  public interface Hit<T> {
    void found(int start, int end, T payload);
  }

  private static final class Node<T> {
    char[] keys = new char[0];
    Node<T>[] children = newArray(0);
    Node<T> failure;
    Node<T> output;
    final List<T> payloads = new ArrayList<>(1);
    final int depth;

    Node(int depth) {
      this.depth = depth;
    }

    Node<T> child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Node<T>[] newArray(int size) {
      return (Node<T>[]) new Node<?>[size];
    }
  }

  private final Node<T> root;

  private AhoCorasick(Node<T> root) {
    this.root = root;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Reports every pattern occurrence, in order of end position. */
  public void scan(CharSequence text, Hit<T> hit) {
    Node<T> state = root;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Node<T> next = state.child(c);
      while (next == null && state != root) {
        state = state.failure;
        next = state.child(c);
      }
      state = next == null ? root : next;
      for (Node<T> out = state.payloads.isEmpty() ? state.output : state; out != null; out = out.output) {
        for (T payload : out.payloads) {
          hit.found(i + 1 - out.depth, i + 1, payload);
        }
      }
    }
  }

  /** Collects patterns, then links them into an automaton. */
  public static final class Builder<T> {

    private final Map<Character, Builder<T>> children = new TreeMap<>();
    private final List<T> payloads = new ArrayList<>(1);

    private Builder() {}

    public Builder<T> add(String pattern, T payload) {
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException("An empty pattern would match everywhere");
      }
      Builder<T> node = this;
      for (int i = 0; i < pattern.length(); i++) {
        node = node.children.computeIfAbsent(pattern.charAt(i), c -> new Builder<>());
      }
      node.payloads.add(payload);
      return this;
    }

    public AhoCorasick<T> build() {
      Node<T> root = freeze(this, 0);
      link(root);
      return new AhoCorasick<>(root);
    }

    private static <T> Node<T> freeze(Builder<T> source, int depth) {
      Node<T> node = new Node<>(depth);
      node.payloads.addAll(source.payloads);
      node.keys = new char[source.children.size()];
      node.children = Node.newArray(source.children.size());
      int i = 0;
      for (Map.Entry<Character, Builder<T>> child : source.children.entrySet()) {
        node.keys[i] = child.getKey();
        node.children[i] = freeze(child.getValue(), depth + 1);
        i++;
      }
      return node;
    }

    /** Breadth-first: a node's failure link is the longest proper suffix of its path that is also a path. */
    private static <T> void link(Node<T> root) {
      Deque<Node<T>> queue = new ArrayDeque<>();
      for (Node<T> child : root.children) {
        child.failure = root;
        queue.add(child);
      }
      while (!queue.isEmpty()) {
        Node<T> node = queue.poll();
        for (int i = 0; i < node.keys.length; i++) {
          char c = node.keys[i];
          Node<T> child = node.children[i];
          Node<T> fallback = node.failure;
          while (fallback != root && fallback.child(c) == null) {
            fallback = fallback.failure;
          }
          Node<T> target = fallback.child(c);
          child.failure = target == null || target == child ? root : target;
          child.output = child.failure.payloads.isEmpty() ? child.failure.output : child.failure;
          queue.add(child);
        }
      }
    }
  }
}
