package be.passage.app.model

import be.passage.core.ProgressListener
import java.io.File
import java.util.UUID

/**
 * Files the sharing screens write for the platform to hand on (backup,
 * share, summary): a fresh name in the app's cache folder (the core refuses
 * to overwrite, so the name must not exist), deleted once the platform has
 * copied, exported or printed it.
 */
internal class CacheFiles(private val dir: String) {
    fun newPath(prefix: String, suffix: String): String {
        val folder = File(dir)
        folder.mkdirs()
        return File(folder, "$prefix-${UUID.randomUUID()}$suffix").path
    }

    fun delete(path: String?) {
        if (path != null) File(path).delete()
    }
}

/** A core progress hook writing (done, total) into the screen state; [stop] cancels. */
internal class ProgressHook(private val report: (Long, Long) -> Unit) : ProgressListener {
    @Volatile
    var stopped = false

    fun stop() {
        stopped = true
    }

    override fun onProgress(done: ULong, total: ULong): Boolean {
        report(done.toLong(), total.toLong())
        return !stopped
    }
}
