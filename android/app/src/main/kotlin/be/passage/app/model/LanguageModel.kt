package be.passage.app.model

import be.passage.core.WritingDirection
import be.passage.core.languages as coreLanguages

/** A language in a picker: its name in its own script, laid out in its own direction. */
data class LanguageOption(
    val code: String,
    val nativeName: String,
    val direction: WritingDirection,
    val selected: Boolean,
)

/** The language list of the core, the current one marked. */
internal fun languageOptions(current: String?): List<LanguageOption> =
    coreLanguages().map { LanguageOption(it.code, it.nativeName, it.direction, it.code == current) }

data class LanguageState(val options: List<LanguageOption>)

/** First start: the nine languages; choosing one goes on to the setup. */
class LanguageModel(private val app: AppModel) {
    val state: LanguageState
        get() = LanguageState(languageOptions(app.env.settings[SettingKeys.LANGUAGE]))

    fun select(code: String) = app.chooseLanguage(code)
}
