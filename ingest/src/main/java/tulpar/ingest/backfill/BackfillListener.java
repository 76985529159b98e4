package tulpar.ingest.backfill;

/** Hears how a backfill goes; called on the backfill's thread. */
public interface BackfillListener {

  /** After each file; often, so a listener that draws should draw only now and then. */
  void progress(BackfillProgress progress);

  /** Once, at the end. */
  void finished(BackfillSummary summary);
}
