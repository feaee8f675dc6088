package dev.twinfile.core;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CloneShareLimitException;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.RefusedException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.TwinfileException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places files by link, clone or copy, choosing a backend for each volume.
 *
 * <pre>{@code
 * Twinfile twinfile = Twinfile.create();
 * Placement placement = twinfile.place(source, target, Plan.of(Strategy.CLONE, Strategy.COPY));
 * placement.strategy();   // CLONE, or COPY with placement.refused() saying why CLONE was not used
 * }</pre>
 *
 * <p>Instances are thread-safe; share one. An instance remembers the backend of each volume and
 * directory it has seen, and the anchors made by {@link Plan.OnCeiling#REANCHOR}.
 */
public final class Twinfile {
  private final Volumes volumes;
  private static final System.Logger LOGGER = System.getLogger(Twinfile.class.getName());

  private final Anchors anchors = new Anchors();
  private final Set<String> reserveWarned = ConcurrentHashMap.newKeySet();

  private Twinfile(Volumes volumes) {
    this.volumes = volumes;
  }

  /** Returns a Twinfile with every backend provider found by {@link ServiceLoader}. */
  public static Twinfile create() {
    return builder().build();
  }

  /** Returns a builder, to add providers or force a backend. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the backend providers consulted, in order; the {@code nio} fallback is implicit. */
  public List<BackendProvider> providers() {
    return volumes.providers();
  }

  /** Returns the names of every backend this instance can choose, the fallback last. */
  public String backendNames() {
    return volumes.names();
  }

  /**
   * Returns the backend serving the volume of {@code path}: the volume of the directory itself if
   * {@code path} is a directory, else of its parent directory.
   */
  public Backend backendFor(Path path) throws IOException {
    return volumes.forPath(Objects.requireNonNull(path, "path"));
  }

  /**
   * Returns every name of {@code file}. Where the backend lists names itself (NTFS on Windows,
   * memory volumes) {@code root} is not needed; elsewhere the tree under {@code root} is scanned,
   * which costs one status per entry (the walk's own) plus one per directory to stay on the file's
   * volume, and stops as soon as the file's link count of names is found.
   *
   * @param root where to look when the backend cannot list names; null to require the backend
   * @throws TwinfileException when the backend cannot list names and no root was given
   */
  public Names names(Path file, Path root) throws IOException {
    Objects.requireNonNull(file, "file");
    Backend backend = volumes.forFile(file);
    FileStatus status = backend.status(file);
    if (backend.capabilities().listsNames()) {
      return new Names(file, backend.names(file), status.linkCount(), true, 0);
    }
    if (root == null) {
      throw new TwinfileException(
          file,
          null,
          "the " + backend.name() + " backend cannot list names by itself; give a directory to scan",
          backend.name(),
          null);
    }
    return NameScan.scan(backend, file, status, root);
  }

  /** Places {@code source} at {@code target} with {@link Plan#cheapest()}. */
  public Placement place(Path source, Path target) throws IOException {
    return place(source, target, Plan.cheapest());
  }

  /**
   * Places {@code source} at {@code target}, trying the plan's strategies in order.
   *
   * @return what was done, with every refused attempt and its reason
   * @throws RefusedException when the plan stops at a refusal (its policy says fail, or no
   *     strategy is left); earlier refusals are attached as suppressed exceptions. No target is
   *     left behind.
   * @throws java.nio.file.FileAlreadyExistsException when the target exists
   * @throws java.nio.file.NoSuchFileException when the source does not exist
   * @throws IOException for any other failure, with nothing left behind
   */
  public Placement place(Path source, Path target, Plan plan) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(plan, "plan");
    Backend backend = volumes.forFile(source);
    List<Placement.Attempt> refused = new ArrayList<>(plan.strategies().size());
    List<RefusedException> refusals = new ArrayList<>(plan.strategies().size());
    try {
      for (Strategy strategy : plan.strategies()) {
        try {
          return attempt(backend, strategy, source, target, plan, refused);
        } catch (RefusedException refusal) {
          Decision decision = decide(plan, refusal);
          if (decision == Decision.FAIL) {
            throw refusal;
          }
          refused.add(Placement.Attempt.of(strategy, refusal));
          refusals.add(refusal);
          if (decision == Decision.REANCHOR) {
            return reanchor(backend, strategy, source, target, plan, refused, refusals);
          }
        }
      }
      throw refusals.remove(refusals.size() - 1);
    } catch (IOException e) {
      IOException reported = explained(e, source, target);
      for (RefusedException earlier : refusals) {
        if (earlier != reported) {
          reported.addSuppressed(earlier);
        }
      }
      throw reported;
    }
  }

  /** Says which path a missing-file or existing-file error is about, in words. */
  private static IOException explained(IOException e, Path source, Path target) {
    IOException explained;
    if (e instanceof FileAlreadyExistsException) {
      explained =
          new FileAlreadyExistsException(
              target.toString(), null, "the target exists; nothing was changed");
    } else if (e instanceof NoSuchFileException) {
      explained =
          Files.exists(source, LinkOption.NOFOLLOW_LINKS)
              ? new NoSuchFileException(target.toString(), null, "the target's directory does not exist")
              : new NoSuchFileException(source.toString(), null, "the source does not exist");
    } else {
      return e;
    }
    explained.initCause(e);
    return explained;
  }

  private enum Decision {
    FAIL,
    NEXT,
    REANCHOR
  }

  private static Decision decide(Plan plan, RefusedException refusal) {
    switch (refusal.refusal()) {
      case LINK_CEILING:
      case CLONE_SHARE_LIMIT:
        switch (plan.onCeiling()) {
          case FAIL:
            return Decision.FAIL;
          case REANCHOR:
            return Decision.REANCHOR;
          default:
            return Decision.NEXT;
        }
      case OTHER_VOLUME:
        return plan.onOtherVolume() == Plan.OnOtherVolume.NEXT ? Decision.NEXT : Decision.FAIL;
      case UNSUPPORTED:
        return plan.onUnsupported() == Plan.OnUnsupported.NEXT ? Decision.NEXT : Decision.FAIL;
      default:
        return Decision.FAIL;
    }
  }

  private Placement attempt(
      Backend backend,
      Strategy strategy,
      Path source,
      Path target,
      Plan plan,
      List<Placement.Attempt> refused)
      throws IOException {
    if (strategy == Strategy.COPY) {
      backend.copy(source, target, plan.copyMode());
      return new Placement(source, target, strategy, source, false, backend.name(), refused);
    }
    Path anchor = anchors.find(backend, source, strategy);
    Path origin = anchor != null ? anchor : source;
    if (strategy == Strategy.CLONE) {
      backend.clone(origin, target);
    } else if (plan.reserve() > 0) {
      linkKeepingReserve(backend, origin, target, plan.reserve());
    } else {
      backend.link(origin, target);
    }
    return new Placement(source, target, strategy, origin, false, backend.name(), refused);
  }

  /**
   * Links unless that would leave fewer than {@code reserve} names below the ceiling, checked and
   * re-checked as {@link CeilingEnforcer} does. A volume whose ceiling is unknown has nothing to
   * keep a reserve below: the link is made and a warning logged once per backend.
   */
  private void linkKeepingReserve(Backend backend, Path origin, Path target, long reserve)
      throws IOException {
    if (!(backend.capabilities().linkCeiling() instanceof LinkCeiling.Known known)) {
      if (reserveWarned.add(backend.name())) {
        LOGGER.log(
            System.Logger.Level.WARNING,
            "the " + backend.name() + " backend's link ceiling is unknown, so a reserve of "
                + reserve + " names cannot be kept: " + backend.capabilities().linkCeiling().basis());
      }
      backend.link(origin, target);
      return;
    }
    new CeilingEnforcer(known.maxNames(), reserve, backend.name())
        .link(origin, target, backend::status, backend::link);
  }

  /**
   * Makes the target a fresh file with the source's bytes and records it as the source's anchor:
   * a clone where the volume can clone and a link was refused, else a copy (physical when the
   * clone share limit was reached, since another clone would share the same blocks).
   */
  private Placement reanchor(
      Backend backend,
      Strategy full,
      Path source,
      Path target,
      Plan plan,
      List<Placement.Attempt> refused,
      List<RefusedException> refusals)
      throws IOException {
    FileStatus sourceStatus = backend.status(source);
    Strategy made = Strategy.COPY;
    if (full == Strategy.LINK && backend.capabilities().supports(Strategy.CLONE)) {
      try {
        backend.clone(source, target);
        made = Strategy.CLONE;
      } catch (CloneShareLimitException | OtherVolumeException | StrategyUnsupportedException e) {
        refused.add(Placement.Attempt.of(Strategy.CLONE, e));
        refusals.add(e);
      }
    }
    if (made == Strategy.COPY) {
      backend.copy(
          source, target, full == Strategy.CLONE ? CopyMode.PHYSICAL : plan.copyMode());
    }
    boolean anchored = anchors.put(source, sourceStatus, full, target, backend.status(target));
    return new Placement(source, target, made, source, anchored, backend.name(), refused);
  }

  /** Configures a {@link Twinfile}. */
  public static final class Builder {
    private final List<BackendProvider> explicit = new ArrayList<>();
    private boolean discover = true;
    private String forcedBackend;

    private Builder() {}

    /** Adds a provider, consulted before the discovered ones. */
    public Builder provider(BackendProvider provider) {
      explicit.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Sets whether providers are discovered with {@link ServiceLoader} (default true). */
    public Builder discoverProviders(boolean discover) {
      this.discover = discover;
      return this;
    }

    /**
     * Uses the backend named {@code name} for every volume instead of detecting one; a volume
     * that backend cannot serve at all is an error. {@code null} restores detection.
     */
    public Builder forceBackend(String name) {
      this.forcedBackend = name;
      return this;
    }

    /** Returns the configured Twinfile. */
    public Twinfile build() {
      Map<String, BackendProvider> byName = new LinkedHashMap<>();
      for (BackendProvider provider : explicit) {
        byName.putIfAbsent(provider.name(), provider);
      }
      if (discover) {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, Twinfile.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(BackendProvider::name));
        for (BackendProvider provider : found) {
          byName.putIfAbsent(provider.name(), provider);
        }
      }
      return new Twinfile(new Volumes(new ArrayList<>(byName.values()), forcedBackend));
    }
  }
}
