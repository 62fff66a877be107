package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** A document on the checklist with a photo taken by the camera into the app cache. */
class DocumentsTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    @Test
    fun aPhotoFromTheCacheIsEncryptedInAndTheTemporaryFileDeleted() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val documents = app.tabs.documents
        documents.load()
        val suggestion = documents.state.value.suggestions.first()
        documents.addFromTemplate(suggestion.id)
        val item = assertNotNull(documents.state.value.openItem)
        assertEquals(suggestion.title, item.state.value.title)
        assertTrue(documents.state.value.suggestions.none { it.id == suggestion.id })
        assertEquals(
            app.texts["documents-progress", be.passage.core.UiArg.Number("done", 0.0), be.passage.core.UiArg.Number("total", 1.0)],
            documents.state.value.progress,
        )

        // What TakePicture leaves in the cache: a real PNG.
        val cache = File(phone.root, "cache/capture").apply { mkdirs() }
        val photo = File(cache, "scan.png")
        val bytes = writePng(photo)
        item.importFile(photo.path)
        assertNull(item.state.value.error)
        assertFalse(photo.exists(), "the plaintext temporary file must be gone")
        val attached = item.state.value.attachments.single()
        assertEquals("scan.png", attached.name)
        assertEquals("image/png", attached.mediaType)
        assertEquals(bytes.size.toLong(), attached.size)
        val row = documents.state.value.sections.flatMap { it.items }.single()
        assertEquals(1, row.attachmentCount)

        // A picked file handed over as bytes joins it.
        item.importBytes("letter.png", bytes)
        assertEquals(listOf("scan.png", "letter.png"), item.state.value.attachments.map { it.name })

        // A file that does not exist: a clear error, nothing attached.
        item.importFile(File(cache, "gone.jpg").path)
        assertNotNull(item.state.value.error)
        assertEquals(2, item.state.value.attachments.size)

        item.setStatus("have-original")
        assertEquals("have-original", item.state.value.status)
        item.setLocation("with-my-lawyer", "2026-02-01")
        assertEquals("with-my-lawyer", item.state.value.place)
        assertEquals("2026-02-01", item.state.value.since)
        val done = documents.state.value
        assertEquals(app.texts["document-status-have-original"], done.sections.flatMap { it.items }.single().status)
        assertEquals(100, done.percentDone)

        item.setStatus("not-available")
        assertTrue(item.state.value.showWhyNot)
        item.setWhyNotAvailable("The office burned down.")
        assertEquals("The office burned down.", item.state.value.whyNotAvailable)

        item.trash()
        assertNull(documents.state.value.openItem)
        assertEquals(0, documents.state.value.sections.sumOf { it.items.size })
    }
}
