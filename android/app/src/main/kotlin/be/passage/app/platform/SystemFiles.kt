package be.passage.app.platform

import android.content.Context
import android.net.Uri
import android.provider.OpenableColumns
import androidx.core.content.FileProvider
import java.io.File
import java.util.UUID

/**
 * Temporary plaintext files for the camera and the document picker, in
 * the app's cache only (`cache/capture`, shared through the FileProvider
 * of res/xml/file_paths.xml). The models delete each one right after
 * encrypting it into the vault; [clearStale] removes any a crash left.
 * No storage permission is needed for either.
 */
object SystemFiles {
    private fun dir(context: Context) = File(context.cacheDir, "capture").apply { mkdirs() }

    /** A new empty file for ActivityResultContracts.TakePicture, and its content:// URI. */
    fun newPhoto(context: Context): Pair<File, Uri> {
        val file = File(dir(context), "photo-${UUID.randomUUID()}.jpg")
        val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
        return file to uri
    }

    /** Copies a document the person picked (OpenDocument) into the cache under its own name. */
    fun copyPicked(context: Context, uri: Uri): File {
        val name = context.contentResolver.query(uri, arrayOf(OpenableColumns.DISPLAY_NAME), null, null, null)
            ?.use { c -> if (c.moveToFirst()) c.getString(0) else null }
            ?.replace('/', '_')
            ?.takeIf { it.isNotBlank() }
            ?: "document"
        val folder = File(dir(context), UUID.randomUUID().toString()).apply { mkdirs() }
        val file = File(folder, name)
        context.contentResolver.openInputStream(uri)?.use { input ->
            file.outputStream().use { input.copyTo(it) }
        }
        return file
    }

    /** The models' cache folder for backup, share and summary files (ShellEnvironment.cacheDir). */
    fun sharingDir(context: Context): File = File(dir(context), "sharing").apply { mkdirs() }

    /**
     * Copies a finished file (a backup or share the core wrote into
     * [sharingDir]) to the document the person created with
     * CreateDocument. True when every byte was written.
     */
    fun copyToDocument(context: Context, file: File, uri: Uri): Boolean =
        try {
            context.contentResolver.openOutputStream(uri, "w")?.use { out ->
                file.inputStream().use { it.copyTo(out) }
                true
            } ?: false
        } catch (e: java.io.IOException) {
            false
        } catch (e: SecurityException) {
            false
        }

    /** Removes temporary files left by a crash (called at start). */
    fun clearStale(context: Context) {
        dir(context).deleteRecursively()
    }
}
