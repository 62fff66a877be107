package be.passage.app.ui

import androidx.compose.runtime.Composable
import be.passage.app.model.LanguageModel
import be.passage.app.model.Texts

@Composable
fun LanguageScreen(model: LanguageModel, texts: Texts) = Page {
    Title(texts["language-title"])
    Small(texts["language-hint"])
    for (option in model.state.options) {
        // Each name in its own script and direction, whatever the screen's.
        InDirection(option.direction) {
            Choice(option.nativeName, option.selected) { model.select(option.code) }
        }
    }
}
