package tulpar.streams.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trie of keys in double-array form: a state's child on a char is found with two array reads and no search
 * ({@code child = base(state) + class(char)}, valid when {@code check(child) == state}). Chars are first mapped
 * to small class numbers (only chars some key uses get one), which keeps the arrays dense. A state's base, its
 * check and whether a key ends there share one pair of cells (16-bit when the trie is small enough), so a step
 * down the trie touches one cache line, not three, and the states are laid out so that a walk down the single
 * path of a term's tail reads consecutive cells (over the corpus, a third of all steps stay in the cache line
 * of the step before, against 7% breadth first). Each state knows which keys end there. Immutable once built,
 * so safe to share between threads.
 */
final class TermTrie {

  static final int ROOT = 1;
  static final int NONE = 0;
  private static final int WORD = 0x8000;
  private static final int CLASS = WORD - 1;

  /** Per char: its class (0 when no key has it) in the low 15 bits, and {@link #WORD} when it is a word char. */
  private final char[] classOf;
  /** Per state {@code s}: {@code cells[2s]} is its base shifted left by one, low bit set when a key ends at
   * {@code s}; {@code cells[2s + 1]} is its parent (the check). */
  private final int[] cells;
  /**
   * The same cells as chars when every value fits (a trie of up to some 32,000 states), else null. The tagger
   * reads the trie once per article between much other work, so the trie is mostly out of the nearest caches
   * when an article's walk begins: half the bytes, half the lines to bring back.
   */
  private final char[] narrowCells;
  /** The root's child on each class, 0 for none: the root is tried at every word start, so it takes one read. */
  private final int[] rootChildren;
  private final int[] outputStart;
  private final int[] outputs;

  private TermTrie(char[] classOf, int[] cells, int[] rootChildren, int[] outputStart, int[] outputs) {
    this.classOf = classOf;
    this.cells = cells;
    this.narrowCells = narrow(cells);
    this.rootChildren = rootChildren;
    this.outputStart = outputStart;
    this.outputs = outputs;
  }

  /** The state after {@code c}, or {@link #NONE}. */
  int next(int state, char c) {
    int cls = classOf[c] & CLASS;
    return cls == 0 ? NONE : nextOnClass(state, cls);
  }

  /**
   * Walks the trie from every place a key may start in a folded text, and reports to {@code candidates} each
   * key end a walk reaches, in order of start. Keys are words, so a walk starts at each word start and at each
   * char that is not part of a word (keys such as "$"), and follows its chars until the trie has no child. The
   * text is in one small array by now, so each walk is a tight loop of dependent reads with no bookkeeping of
   * other walks under way; a char's class and whether it is a word char come from one table.
   */
  void walk(char[] text, int length, FoldScan.Candidates candidates) {
    char[] classes = classOf;
    boolean previousIsWord = false;
    for (int p = 0; p < length; p++) {
      int first = classes[text[p]];
      boolean isWord = first >= WORD;
      if (isWord && previousIsWord) {
        continue;
      }
      previousIsWord = isWord;
      int state = rootChildren[first & CLASS];
      int at = p + 1;
      while (state != NONE) {
        if (isTerminal(state)) {
          candidates.add(p, at, state);
        }
        if (at == length) {
          break;
        }
        int cls = classes[text[at++]] & CLASS;
        state = cls == 0 ? NONE : nextOnClass(state, cls);
      }
    }
  }

  /** The state after a char of a class other than 0, or {@link #NONE}. */
  int nextOnClass(int state, int cls) {
    char[] narrow = narrowCells;
    if (narrow != null) {
      int child = (narrow[2 * state] >> 1) + cls;
      return narrow[2 * child + 1] == state ? child : NONE;
    }
    int child = (cells[2 * state] >> 1) + cls;
    return cells[2 * child + 1] == state ? child : NONE;
  }

  private static char[] narrow(int[] cells) {
    char[] narrow = new char[cells.length];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] < 0 || cells[i] > Character.MAX_VALUE) {
        return null;
      }
      narrow[i] = (char) cells[i];
    }
    return narrow;
  }

  /** Whether a key ends at this state. */
  boolean isTerminal(int state) {
    char[] narrow = narrowCells;
    return (narrow != null ? narrow[2 * state] & 1 : cells[2 * state] & 1) != 0;
  }

  /** The indexes (in the order given to {@link #of}) of the keys that end at this state. */
  int firstOutput(int state) {
    return outputStart[state];
  }

  int endOfOutputs(int state) {
    return outputStart[state + 1];
  }

  int output(int at) {
    return outputs[at];
  }

  /** Builds the trie of the given non-empty keys; key {@code i} is reported as output {@code i}. */
  static TermTrie of(List<String> keys) {
    char[] classOf = new char[0x10000];
    TreeSet<Character> alphabet = new TreeSet<>();
    keys.forEach(k -> k.chars().forEach(c -> alphabet.add((char) c)));
    if (alphabet.size() >= CLASS) {
      throw new IllegalArgumentException("Too many distinct chars in the keys");
    }
    char next = 1;
    for (char c : alphabet) {
      classOf[c] = next++;
    }
    for (int c = 0; c < classOf.length; c++) {
      classOf[c] |= Folding.isWordChar((char) c) ? WORD : 0;
    }
    Node root = new Node();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("An empty key would match everywhere");
      }
      Node node = root;
      for (int k = 0; k < key.length(); k++) {
        node = node.children.computeIfAbsent(classOf[key.charAt(k)] & CLASS, c -> new Node());
      }
      node.outputs.add(i);
    }
    return new Layout(alphabet.size()).place(root, classOf);
  }

  /** A state of the trie while it is being built. */
  private static final class Node {
    final Map<Integer, Node> children = new TreeMap<>();
    final List<Integer> outputs = new ArrayList<>(1);
    int index;
    int depth;
  }

  /** Places the states in the double array, breadth first, each at the first base where its children fit. */
  private static final class Layout {

    /** States above this depth are placed breadth first, deeper ones depth first. */
    private static final int BREADTH_FIRST_DEPTH = 2;

    private final int classes;
    private int[] base = new int[1024];
    private int[] check = new int[1024];
    private final BitSet used = new BitSet();
    private int firstFree = ROOT + 1;

    Layout(int classes) {
      this.classes = classes;
      used.set(0, ROOT + 1);
    }

    TermTrie place(Node root, char[] classOf) {
      root.index = ROOT;
      List<Node> order = new ArrayList<>();
      // Breadth first for the shallow states every word start reads (they stay together at the front), then
      // depth first with a node's only child on the cell right after it where that is free: the long single
      // paths of terms' tails lie in consecutive cells, so a walk down one reads a cache line it already has.
      Deque<Node> queue = new ArrayDeque<>(List.of(root));
      Deque<Node> deep = new ArrayDeque<>();
      while (!queue.isEmpty() || !deep.isEmpty()) {
        Node node = queue.isEmpty() ? deep.pop() : queue.poll();
        order.add(node);
        if (node.children.isEmpty()) {
          continue;
        }
        boolean shallow = node.depth < BREADTH_FIRST_DEPTH;
        int b = !shallow && node.children.size() == 1
            ? next(node.index, node.children.keySet().iterator().next()) : fit(node.children.keySet());
        ensure(b + classes + 1);
        base[node.index] = b;
        List<Node> children = new ArrayList<>(node.children.size());
        for (Map.Entry<Integer, Node> child : node.children.entrySet()) {
          int at = b + child.getKey();
          used.set(at);
          check[at] = node.index;
          child.getValue().index = at;
          child.getValue().depth = node.depth + 1;
          children.add(child.getValue());
        }
        if (shallow) {
          queue.addAll(children);
        } else {
          for (int c = children.size() - 1; c >= 0; c--) {
            deep.push(children.get(c));
          }
        }
      }
      int size = Math.max(used.length(), ROOT + 1) + classes + 1;
      ensure(size);
      int[] outputStart = new int[size + 1];
      List<Integer> outputs = new ArrayList<>();
      Node[] byIndex = new Node[size];
      order.forEach(n -> byIndex[n.index] = n);
      for (int s = 0; s < size; s++) {
        outputStart[s] = outputs.size();
        if (byIndex[s] != null) {
          outputs.addAll(byIndex[s].outputs);
        }
      }
      outputStart[size] = outputs.size();
      int[] cells = new int[2 * size];
      for (int s = 0; s < size; s++) {
        cells[2 * s] = base[s] << 1 | (outputStart[s] != outputStart[s + 1] ? 1 : 0);
        cells[2 * s + 1] = check[s];
      }
      int[] rootChildren = new int[classes + 1];
      for (int cls = 1; cls <= classes; cls++) {
        int child = base[ROOT] + cls;
        rootChildren[cls] = check[child] == ROOT ? child : NONE;
      }
      return new TermTrie(classOf, cells, rootChildren, outputStart,
          outputs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The base that puts a single child on the cell after its parent when that is free, else the first fit. */
    private int next(int parent, int childClass) {
      int b = parent + 1 - childClass;
      if (b >= 1 && !used.get(parent + 1)) {
        return b;
      }
      return fit(List.of(childClass));
    }

    /** The smallest base at which every child class lands on a free cell. */
    private int fit(Iterable<Integer> childClasses) {
      int first = childClasses.iterator().next();
      for (int b = Math.max(1, firstFree - first); ; b++) {
        boolean fits = true;
        for (int c : childClasses) {
          if (used.get(b + c)) {
            fits = false;
            break;
          }
        }
        if (fits) {
          while (used.get(firstFree)) {
            firstFree++;
          }
          return b;
        }
      }
    }

    private void ensure(int size) {
      if (size > base.length) {
        int length = Math.max(size, base.length * 2);
        base = Arrays.copyOf(base, length);
        check = Arrays.copyOf(check, length);
      }
    }
  }
}
