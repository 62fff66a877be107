package be.passage.app.model

import be.passage.core.LocalizedText
import be.passage.core.PassageException
import be.passage.core.UiArg
import be.passage.core.WritingDirection
import be.passage.core.languages as coreLanguages
import be.passage.core.uiText

/**
 * Every visible text of the app, resolved by the core from its Fluent
 * messages (the `.ftl` files of `content/i18n/<lang>`) for one language chain. There is
 * no second string table: a view asks `texts["home-title"]`.
 */
class Texts(val languages: List<String>) {
    /** Layout direction of the first language of the chain. */
    val direction: WritingDirection =
        coreLanguages().firstOrNull { it.code == languages.firstOrNull() }?.direction
            ?: WritingDirection.LTR

    /** The first language of the chain (`en` when the chain is empty). */
    val language: String get() = languages.firstOrNull() ?: "en"

    /** The message [id] with [args]; the id itself if no language has it. */
    operator fun get(id: String, vararg args: UiArg): String = find(id, *args) ?: id

    /** The message [id], or null when no language of the chain has it. */
    fun find(id: String, vararg args: UiArg): String? = localized(id, *args)?.text

    /** The message with the language it was found in and that language's direction. */
    fun localized(id: String, vararg args: UiArg): LocalizedText? =
        try {
            uiText(languages, id, args.toList())
        } catch (e: PassageException.NotFound) {
            null
        }

    /** A message with one number placeholder (plural forms follow it). */
    fun count(id: String, name: String, value: Long): String =
        get(id, UiArg.Number(name, value.toDouble()))

    /**
     * An ISO date (`YYYY-MM-DD`, or the day of `YYYY-MM-DDTHH:MM`) written
     * out by the core in the chain's language (message `common-date`).
     * Text that is not such a date is shown as it is.
     */
    fun date(iso: String): String =
        try {
            uiText(languages, "common-date", listOf(UiArg.Date("date", iso.take(10)))).text
        } catch (e: PassageException) {
            iso
        }

    /** The text for a core error, chosen by its variant (never its message). */
    fun error(e: PassageException): String = when (e) {
        is PassageException.WrongPassphrase -> get("error-wrong-passphrase")
        is PassageException.Locked -> get("error-locked")
        is PassageException.Corrupt -> get("error-corrupt")
        is PassageException.NotFound -> get("error-not-found")
        is PassageException.InvalidInput -> get("error-invalid-input", UiArg.Text("field", e.field))
        is PassageException.AlreadyExists -> get("error-already-exists")
        is PassageException.UnsupportedVersion -> get("error-unsupported-version")
        is PassageException.RetryLater -> count("error-retry-later", "seconds", e.seconds.toLong())
        is PassageException.Io -> get("error-io")
        is PassageException.Cancelled -> get("error-cancelled")
    }
}
