// The worker thread of parallel preparation, bundled beside the bench's own
// bundles as dist/prepareWorker.js is beside dist/server.js.
import '../server/src/corpus/prepareWorker';
