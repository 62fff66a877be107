package be.passage.app.model

import java.io.File
import java.io.IOException
import java.util.Properties

/**
 * The app's few plain settings, outside the vault because they are needed
 * before unlocking: the chosen language, which vault folder is the
 * person's, the neutral icon. Nothing the person wrote goes here.
 */
interface SettingsStore {
    operator fun get(key: String): String?

    /** Stores [value], or removes the key when it is null. */
    operator fun set(key: String, value: String?)

    /** Forgets everything (after a panic wipe). */
    fun clear()
}

/** Keys of [SettingsStore]. */
object SettingKeys {
    const val LANGUAGE = "language"
    const val VAULT_PATH = "vault-path"
    const val NEUTRAL_ICON = "neutral-icon"
}

/**
 * A [SettingsStore] in one properties file, replaced whole on each change
 * (written beside it, then renamed), so a crash leaves the old or the new
 * file, never half of one.
 */
class FileSettingsStore(private val file: File) : SettingsStore {
    private val values = Properties()

    init {
        if (file.isFile) file.inputStream().use { values.load(it) }
    }

    @Synchronized
    override fun get(key: String): String? = values.getProperty(key)

    @Synchronized
    override fun set(key: String, value: String?) {
        if (value == null) values.remove(key) else values.setProperty(key, value)
        save()
    }

    @Synchronized
    override fun clear() {
        values.clear()
        save()
    }

    private fun save() {
        file.parentFile?.mkdirs()
        val tmp = File(file.path + ".tmp")
        tmp.outputStream().use { out ->
            values.store(out, null)
            out.fd.sync()
        }
        if (!tmp.renameTo(file)) throw IOException("cannot replace ${file.name}")
    }
}
