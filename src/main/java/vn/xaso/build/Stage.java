package vn.xaso.build;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** One stage's figures: what it handled, how long it took, and the heap's peak while it ran. */
public record Stage(String name, int items, String unit, long millis, long peakHeapBytes) {

  /** Watches one stage: start it, then {@link #end} with the number of items it handled. */
  static final class Clock {
    private final String name;
    private final long start = System.nanoTime();

    Clock(String name) {
      this.name = name;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
    }

    Stage end(int items, String unit) {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return new Stage(name, items, unit, (System.nanoTime() - start) / 1_000_000, peak);
    }
  }
}
