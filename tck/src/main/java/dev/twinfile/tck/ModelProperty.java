package dev.twinfile.tck;

import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The stateful model test: random sequences of create, write, append, link, clone, copy,
 * place-with-plan, delete and rename run against the backend and against a model (paths → node,
 * node → bytes). After every step the bytes of each path, which paths share an identity, the
 * link counts and the directory listing must agree with the model, and each refusal must be one
 * the model predicts. QuickTheories generates the sequences and shrinks a failing one; the report
 * prints the minimal sequence and the seed that reruns it.
 */
final class ModelProperty {
  /** Paths the operations use; the last is a directory, made before each sequence. */
  static final List<String> NAMES = List.of("a", "b", "c", "sub/d", "sub/e", "sub");
  static final int DIRECTORY = 5;
  static final int LAST_FILE = 4;

  private ModelProperty() {}

  static ContractProperty property() {
    return new ContractProperty(
        "model.sequences",
        "random sequences of file operations, links, clones, copies and plans agree with a model"
            + " at every step: bytes, shared identities, link counts, refusals, no residue",
        ModelProperty::check);
  }

  // ---------------------------------------------------------------- operations

  /** Content of a known size, reproducible from its seed. */
  record Content(int size, int seed) {
    byte[] bytes() {
      return Fixture.content(size, seed);
    }

    @Override
    public String toString() {
      return size + " bytes #" + seed;
    }
  }

  /** One step of a sequence. */
  sealed interface Operation permits Create, Write, Append, Link, Clone, Copy, Place, Delete, Rename {}

  record Create(int path, Content content) implements Operation {
    @Override
    public String toString() {
      return "create " + NAMES.get(path) + " with " + content;
    }
  }

  record Write(int path, Content content) implements Operation {
    @Override
    public String toString() {
      return "write " + content + " over " + NAMES.get(path);
    }
  }

  record Append(int path, Content content) implements Operation {
    @Override
    public String toString() {
      return "append " + content + " to " + NAMES.get(path);
    }
  }

  record Link(int from, int to) implements Operation {
    @Override
    public String toString() {
      return "link " + NAMES.get(from) + " -> " + NAMES.get(to);
    }
  }

  record Clone(int from, int to) implements Operation {
    @Override
    public String toString() {
      return "clone " + NAMES.get(from) + " -> " + NAMES.get(to);
    }
  }

  record Copy(int from, int to, CopyMode mode) implements Operation {
    @Override
    public String toString() {
      return "copy " + NAMES.get(from) + " -> " + NAMES.get(to) + (mode == CopyMode.PHYSICAL ? " (physical)" : "");
    }
  }

  record Place(int from, int to, List<Strategy> strategies, Plan.OnCeiling onCeiling) implements Operation {
    Plan plan() {
      return Plan.of(strategies.toArray(new Strategy[0])).onCeiling(onCeiling);
    }

    @Override
    public String toString() {
      return "place " + NAMES.get(from) + " -> " + NAMES.get(to) + " by "
          + strategies.toString().toLowerCase(Locale.ROOT) + " on ceiling " + onCeiling.name().toLowerCase(Locale.ROOT);
    }
  }

  record Delete(int path) implements Operation {
    @Override
    public String toString() {
      return "delete " + NAMES.get(path);
    }
  }

  record Rename(int from, int to) implements Operation {
    @Override
    public String toString() {
      return "rename " + NAMES.get(from) + " -> " + NAMES.get(to);
    }
  }

  /** Every non-empty ordered choice of strategies: the plans a placement may use. */
  static final List<List<Strategy>> PLANS = plans();

  private static List<List<Strategy>> plans() {
    List<List<Strategy>> plans = new ArrayList<>();
    for (Strategy first : Strategy.values()) {
      plans.add(List.of(first));
      for (Strategy second : Strategy.values()) {
        if (second == first) {
          continue;
        }
        plans.add(List.of(first, second));
        for (Strategy third : Strategy.values()) {
          if (third != first && third != second) {
            plans.add(List.of(first, second, third));
          }
        }
      }
    }
    return List.copyOf(plans);
  }

  static Gen<List<Operation>> sequences(int maxOperations, long granule) {
    int g = (int) Math.max(1, Math.min(granule, 1 << 20));
    Gen<Integer> file = Generate.range(0, LAST_FILE);
    Gen<Integer> any = Generate.range(0, DIRECTORY);
    Gen<Content> content =
        Generate.pick(List.of(0, 1, 100, g - 1, g, g + 1)).zip(Generate.range(0, 3), Content::new);
    Gen<Operation> create = file.zip(content, (p, c) -> new Create(p, c));
    Gen<Operation> write = file.zip(content, (p, c) -> new Write(p, c));
    Gen<Operation> append = file.zip(content, (p, c) -> new Append(p, c));
    Gen<Operation> link = any.zip(any, (f, t) -> new Link(f, t));
    Gen<Operation> clone = any.zip(any, (f, t) -> new Clone(f, t));
    Gen<Operation> copy =
        any.zip(any, Generate.enumValues(CopyMode.class), (f, t, m) -> new Copy(f, t, m));
    Gen<Operation> place =
        any.zip(
            any,
            Generate.pick(PLANS),
            Generate.pick(List.of(Plan.OnCeiling.NEXT, Plan.OnCeiling.FAIL)),
            (f, t, s, c) -> new Place(f, t, s, c));
    Gen<Operation> delete = file.map(p -> new Delete(p));
    Gen<Operation> rename = file.zip(any, (f, t) -> new Rename(f, t));
    Gen<Operation> operation =
        Generate.frequency(
            List.of(
                Pair.of(4, create),
                Pair.of(2, write),
                Pair.of(1, append),
                Pair.of(4, link),
                Pair.of(2, clone),
                Pair.of(2, copy),
                Pair.of(3, place),
                Pair.of(2, delete),
                Pair.of(1, rename)));
    return SourceDSL.lists().of(operation).ofSizeBetween(1, maxOperations);
  }

  // ---------------------------------------------------------------- the model

  /** What the files should be: each path names a node, each node has bytes. */
  static final class Model {
    final Map<Integer, Integer> nodeOf = new HashMap<>();
    final Map<Integer, byte[]> bytes = new HashMap<>();
    int nextNode;

    boolean exists(int path) {
      return path == DIRECTORY || nodeOf.containsKey(path);
    }

    boolean isFile(int path) {
      return nodeOf.containsKey(path);
    }

    long names(int node) {
      return nodeOf.values().stream().filter(n -> n == node).count();
    }

    int newNode(byte[] content) {
      bytes.put(nextNode, content);
      return nextNode++;
    }
  }

  /**
   * What an operation may do: succeed (with the strategy and refusals a placement reports) or
   * throw one of the listed exceptions. Several refusals may apply at once; any one of them is
   * acceptable, since backends check in the order their system calls do.
   */
  record Expected(boolean success, Set<Class<? extends Exception>> failures, Strategy strategy, List<Refusal> refused) {
    static Expected ok() {
      return new Expected(true, Set.of(), null, List.of());
    }

    static Expected placed(Strategy strategy, List<Refusal> refused) {
      return new Expected(true, Set.of(), strategy, List.copyOf(refused));
    }

    static Expected failure(Set<Class<? extends Exception>> failures) {
      return new Expected(false, failures, null, List.of());
    }

    @Override
    public String toString() {
      if (success && failures.isEmpty()) {
        return strategy == null ? "success" : "placement by " + strategy + " after refusals " + refused;
      }
      List<String> names = failures.stream().map(Class::getSimpleName).sorted().toList();
      return (success ? "success or " : "") + "one of " + names;
    }
  }

  static Expected predict(Operation operation, Model model, Set<Strategy> declared, long maxNames) {
    if (operation instanceof Create create) {
      return model.exists(create.path()) ? fail(FileAlreadyExistsException.class) : Expected.ok();
    }
    if (operation instanceof Write write) {
      return model.isFile(write.path()) ? Expected.ok() : fail(NoSuchFileException.class);
    }
    if (operation instanceof Append append) {
      return model.isFile(append.path()) ? Expected.ok() : fail(NoSuchFileException.class);
    }
    if (operation instanceof Delete delete) {
      return model.isFile(delete.path()) ? Expected.ok() : fail(NoSuchFileException.class);
    }
    if (operation instanceof Rename rename) {
      if (!model.isFile(rename.from())) {
        return fail(NoSuchFileException.class);
      }
      if (!model.exists(rename.to())) {
        return Expected.ok();
      }
      boolean sameFile =
          rename.from() == rename.to()
              || model.isFile(rename.to())
                  && model.nodeOf.get(rename.from()).equals(model.nodeOf.get(rename.to()));
      // Renaming onto another name of the same file does nothing, as rename(2) does.
      return new Expected(sameFile, Set.of(FileAlreadyExistsException.class), null, List.of());
    }
    if (operation instanceof Link link) {
      return single(Strategy.LINK, link.from(), link.to(), model, declared, maxNames);
    }
    if (operation instanceof Clone clone) {
      return single(Strategy.CLONE, clone.from(), clone.to(), model, declared, maxNames);
    }
    if (operation instanceof Copy copy) {
      return single(Strategy.COPY, copy.from(), copy.to(), model, declared, maxNames);
    }
    Place place = (Place) operation;
    Set<Class<? extends Exception>> failures = new java.util.HashSet<>();
    Expected[] success = new Expected[1];
    explore(place, 0, new ArrayList<>(), model, declared, maxNames, failures, success);
    if (success[0] != null) {
      return success[0];
    }
    return Expected.failure(failures);
  }

  /**
   * Follows the engine through the plan from strategy {@code index} on. Where a backend may report
   * either an input error or the ceiling, both branches are followed: the input error ends the
   * placement, the ceiling refusal goes on as the plan's policy says.
   */
  private static void explore(
      Place place,
      int index,
      List<Refusal> refused,
      Model model,
      Set<Strategy> declared,
      long maxNames,
      Set<Class<? extends Exception>> failures,
      Expected[] success) {
    if (index == place.strategies().size()) {
      Refusal last = refused.get(refused.size() - 1);
      failures.add(last == Refusal.UNSUPPORTED ? StrategyUnsupportedException.class : LinkCeilingException.class);
      return;
    }
    Strategy strategy = place.strategies().get(index);
    if (!declared.contains(strategy)) {
      explore(place, index + 1, plus(refused, Refusal.UNSUPPORTED), model, declared, maxNames, failures, success);
      return;
    }
    Set<Class<? extends Exception>> inputErrors = inputErrors(place.from(), place.to(), model);
    failures.addAll(inputErrors);
    boolean atCeiling =
        strategy == Strategy.LINK
            && model.isFile(place.from())
            && model.names(model.nodeOf.get(place.from())) >= maxNames;
    if (atCeiling) {
      if (place.onCeiling() == Plan.OnCeiling.FAIL) {
        failures.add(LinkCeilingException.class);
      } else {
        explore(place, index + 1, plus(refused, Refusal.LINK_CEILING), model, declared, maxNames, failures, success);
      }
    } else if (inputErrors.isEmpty()) {
      success[0] = Expected.placed(strategy, refused);
    }
  }

  private static List<Refusal> plus(List<Refusal> refused, Refusal refusal) {
    List<Refusal> more = new ArrayList<>(refused);
    more.add(refusal);
    return more;
  }

  private static Expected single(
      Strategy strategy, int from, int to, Model model, Set<Strategy> declared, long maxNames) {
    if (!declared.contains(strategy)) {
      return fail(StrategyUnsupportedException.class);
    }
    Set<Class<? extends Exception>> failures = new java.util.HashSet<>(inputErrors(from, to, model));
    if (strategy == Strategy.LINK && model.isFile(from) && model.names(model.nodeOf.get(from)) >= maxNames) {
      failures.add(LinkCeilingException.class);
    }
    return failures.isEmpty() ? Expected.ok() : Expected.failure(failures);
  }

  /** Missing source, directory source and existing target: any that apply may be reported. */
  private static Set<Class<? extends Exception>> inputErrors(int from, int to, Model model) {
    Set<Class<? extends Exception>> failures = new java.util.HashSet<>();
    if (from == DIRECTORY) {
      failures.add(NotRegularFileException.class);
    } else if (!model.isFile(from)) {
      failures.add(NoSuchFileException.class);
    }
    if (model.exists(to)) {
      failures.add(FileAlreadyExistsException.class);
    }
    return failures;
  }

  @SafeVarargs
  private static Expected fail(Class<? extends Exception>... failures) {
    return Expected.failure(Set.of(failures));
  }

  static void apply(Operation operation, Model model, Placement placement) {
    if (operation instanceof Create create) {
      model.nodeOf.put(create.path(), model.newNode(create.content().bytes()));
    } else if (operation instanceof Write write) {
      model.bytes.put(model.nodeOf.get(write.path()), write.content().bytes());
    } else if (operation instanceof Append append) {
      int node = model.nodeOf.get(append.path());
      byte[] before = model.bytes.get(node);
      byte[] added = append.content().bytes();
      byte[] after = Arrays.copyOf(before, before.length + added.length);
      System.arraycopy(added, 0, after, before.length, added.length);
      model.bytes.put(node, after);
    } else if (operation instanceof Delete delete) {
      model.nodeOf.remove(delete.path());
    } else if (operation instanceof Rename rename) {
      if (!model.exists(rename.to())) {
        model.nodeOf.put(rename.to(), model.nodeOf.remove(rename.from()));
      }
    } else if (operation instanceof Link link) {
      model.nodeOf.put(link.to(), model.nodeOf.get(link.from()));
    } else if (operation instanceof Clone clone) {
      copyNode(model, clone.from(), clone.to());
    } else if (operation instanceof Copy copy) {
      copyNode(model, copy.from(), copy.to());
    } else if (operation instanceof Place place) {
      if (placement.strategy() == Strategy.LINK) {
        model.nodeOf.put(place.to(), model.nodeOf.get(place.from()));
      } else {
        copyNode(model, place.from(), place.to());
      }
    }
  }

  private static void copyNode(Model model, int from, int to) {
    model.nodeOf.put(to, model.newNode(model.bytes.get(model.nodeOf.get(from)).clone()));
  }

  // ---------------------------------------------------------------- running

  private static void check(Fixture fixture) {
    TckOptions options = fixture.options;
    Capture capture = new Capture();
    QuickTheory.qt()
        .withFixedSeed(options.seed())
        .withExamples(options.tries())
        .withShrinkCycles(200)
        .withReporter(capture)
        .forAll(sequences(options.maxOperations(), fixture.capabilities.cloneGranularity()))
        .checkAssert(sequence -> run(fixture, sequence));
    if (capture.smallest != null) {
      List<Operation> minimal = minimize(fixture, capture.smallest);
      ContractViolation why = failure(fixture, minimal);
      StringBuilder message = new StringBuilder();
      message.append("the model test failed after ").append(capture.examples).append(" sequence(s); seed ")
          .append(capture.seed).append(" reruns it (--seed ").append(capture.seed).append(" --tries ")
          .append(options.tries()).append(")\n");
      message.append("minimal failing sequence:\n");
      for (int i = 0; i < minimal.size(); i++) {
        message.append("  ").append(i + 1).append(". ").append(minimal.get(i)).append('\n');
      }
      message.append("what went wrong: ").append(why == null ? "(no longer fails)" : why.getMessage());
      throw new ContractViolation(message.toString(), why);
    }
    fixture.note(String.format(Locale.ROOT, "%,d operations in %,d sequences, seed %d",
        fixture.tally.modelOperations.get(), fixture.tally.modelSequences.get(), options.seed()));
  }

  /**
   * Shrinks QuickTheories' smallest failing sequence further: cuts it after the failing step,
   * then drops every step whose removal keeps it failing. Deterministic, so a seed reruns it.
   */
  static List<Operation> minimize(Fixture fixture, List<Operation> failing) {
    List<Operation> current = new ArrayList<>(failing);
    ContractViolation why = failure(fixture, current);
    if (why == null) {
      return current;
    }
    Matcher step = Pattern.compile("^step (\\d+) ").matcher(String.valueOf(why.getMessage()));
    if (step.find()) {
      current = new ArrayList<>(current.subList(0, Math.min(current.size(), Integer.parseInt(step.group(1)))));
    }
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (int i = current.size() - 1; i >= 0 && current.size() > 1; i--) {
        List<Operation> candidate = new ArrayList<>(current);
        candidate.remove(i);
        if (failure(fixture, candidate) != null) {
          current = candidate;
          shrunk = true;
        }
      }
    }
    return current;
  }

  /** Runs {@code sequence} and returns how it breaks the contract, or null when it does not. */
  private static ContractViolation failure(Fixture fixture, List<Operation> sequence) {
    try {
      run(fixture, sequence);
      return null;
    } catch (ContractViolation violation) {
      return violation;
    } catch (RuntimeException unexpected) {
      return new ContractViolation("the sequence threw " + unexpected, unexpected);
    }
  }

  /** Runs one sequence on a fresh scratch directory; throws {@link ContractViolation} at the first disagreement. */
  static void run(Fixture parent, List<Operation> sequence) {
    try (Scratch scratch = parent.volume.create()) {
      Fixture fixture = new Fixture(scratch, parent.options, parent.volume, parent.second, parent.tally);
      parent.tally.modelSequences.incrementAndGet();
      Files.createDirectories(fixture.path(NAMES.get(DIRECTORY)));
      Twinfile engine = fixture.engine();
      Set<Strategy> declared = fixture.capabilities.strategies();
      long maxNames = fixture.maxNames() < 0 ? Long.MAX_VALUE : fixture.maxNames();
      Model model = new Model();
      for (int step = 0; step < sequence.size(); step++) {
        Operation operation = sequence.get(step);
        parent.tally.modelOperations.incrementAndGet();
        String where = "step " + (step + 1) + " (" + operation + ")";
        Expected expected = predict(operation, model, declared, maxNames);
        Placement placement = null;
        Exception thrown = null;
        try {
          placement = execute(operation, fixture, engine);
        } catch (Exception e) {
          thrown = e;
        }
        verifyOutcome(where, expected, placement, thrown);
        if (thrown == null) {
          apply(operation, model, placement);
        }
        try {
          verifyState(where, fixture, model);
        } catch (IOException e) {
          throw new ContractViolation(where + ": reading the files back failed: " + e, e);
        }
      }
    } catch (IOException e) {
      throw new ContractViolation("the scratch directory could not be made or removed: " + e, e);
    }
  }

  private static Placement execute(Operation operation, Fixture fixture, Twinfile engine) throws IOException {
    if (operation instanceof Create create) {
      Files.write(path(fixture, create.path()), create.content().bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } else if (operation instanceof Write write) {
      Files.write(path(fixture, write.path()), write.content().bytes(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } else if (operation instanceof Append append) {
      Files.write(path(fixture, append.path()), append.content().bytes(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } else if (operation instanceof Delete delete) {
      Files.delete(path(fixture, delete.path()));
    } else if (operation instanceof Rename rename) {
      Files.move(path(fixture, rename.from()), path(fixture, rename.to()));
    } else if (operation instanceof Link link) {
      fixture.backend.link(path(fixture, link.from()), path(fixture, link.to()));
    } else if (operation instanceof Clone clone) {
      fixture.backend.clone(path(fixture, clone.from()), path(fixture, clone.to()));
    } else if (operation instanceof Copy copy) {
      fixture.backend.copy(path(fixture, copy.from()), path(fixture, copy.to()), copy.mode());
    } else {
      Place place = (Place) operation;
      return engine.place(path(fixture, place.from()), path(fixture, place.to()), place.plan());
    }
    return null;
  }

  private static Path path(Fixture fixture, int index) {
    return fixture.path(NAMES.get(index));
  }

  private static void verifyOutcome(String where, Expected expected, Placement placement, Exception thrown) {
    if (thrown == null) {
      if (!expected.success()) {
        throw new ContractViolation(where + ": succeeded, but the model expected " + expected);
      }
      if (placement != null) {
        List<Refusal> refused = placement.refused().stream().map(Placement.Attempt::refusal).toList();
        if (placement.strategy() != expected.strategy() || !refused.equals(expected.refused())) {
          throw new ContractViolation(where + ": placed by " + placement.strategy() + " after refusals " + refused
              + ", but the model expected " + expected);
        }
      }
      return;
    }
    for (Class<? extends Exception> allowed : expected.failures()) {
      if (allowed.isInstance(thrown)) {
        return;
      }
    }
    throw new ContractViolation(where + ": threw " + thrown + ", but the model expected " + expected, thrown);
  }

  private static void verifyState(String where, Fixture fixture, Model model) throws IOException {
    TreeSet<String> expectedListing = new TreeSet<>();
    expectedListing.add(NAMES.get(DIRECTORY) + "/");
    model.nodeOf.keySet().forEach(path -> expectedListing.add(NAMES.get(path)));
    fixture.checkListing(expectedListing, where);
    Map<Integer, FileIdentity> identities = new HashMap<>();
    for (Map.Entry<Integer, Integer> entry : model.nodeOf.entrySet()) {
      Path path = path(fixture, entry.getKey());
      fixture.checkStoredBytes(path, model.bytes.get(entry.getValue()), where);
      var status = fixture.status(path);
      identities.put(entry.getKey(), status.identity());
      long names = model.names(entry.getValue());
      if (status.linkCount() >= 0 && status.linkCount() != names) {
        throw new ContractViolation(where + ": " + NAMES.get(entry.getKey()) + " has " + status.linkCount()
            + " names, the model says " + names);
      }
    }
    for (Map.Entry<Integer, FileIdentity> first : identities.entrySet()) {
      for (Map.Entry<Integer, FileIdentity> second : identities.entrySet()) {
        boolean shared = first.getValue().equals(second.getValue());
        boolean modelShared = model.nodeOf.get(first.getKey()).equals(model.nodeOf.get(second.getKey()));
        if (shared != modelShared) {
          throw new ContractViolation(where + ": " + NAMES.get(first.getKey()) + " and " + NAMES.get(second.getKey())
              + (shared ? " share an identity" : " have different identities") + ", but the model says they are "
              + (modelShared ? "one file" : "different files"));
        }
      }
    }
  }

  /** Keeps QuickTheories' report of the shrunk failure: its seed and smallest sequence. */
  private static final class Capture implements Reporter {
    long seed;
    int examples;
    List<Operation> smallest;

    @Override
    public void falisification(
        long seed, int examples, Object smallest, Throwable cause, List<Object> others, AsString<Object> asString) {
      record(seed, examples, smallest);
    }

    @Override
    public void falisification(
        long seed, int examples, Object smallest, List<Object> others, AsString<Object> asString) {
      record(seed, examples, smallest);
    }

    @SuppressWarnings("unchecked")
    private void record(long seed, int examples, Object smallest) {
      this.seed = seed;
      this.examples = examples;
      this.smallest = (List<Operation>) smallest;
    }

    @Override
    public void valuesExhausted(int examples) {
      // Sequences never run out: every generated sequence is acceptable.
    }
  }
}
