package be.passage.app.ui

import androidx.compose.runtime.Composable
import be.passage.app.model.DeadlineDetailModel
import be.passage.app.model.Texts

@Composable
fun DeadlineDetailScreen(model: DeadlineDetailModel, texts: Texts, onClose: () -> Unit) = Page {
    val state = model.state
    SecondaryAction(texts["common-back"], onClick = onClose)
    Title(state.title)
    state.status?.let { Body(it) }
    Heading(texts["deadline-computed"])
    Body(state.computedDate)
    state.officialDate?.let {
        Heading(texts["deadline-official"])
        Body(it)
    }
    Body(state.letterPrevails)
    Heading(texts["deadline-explanation"])
    for (line in state.explanation) Small(line)
    Heading(texts["deadline-sources"])
    // Article references and addresses: written left to right.
    InDirection(be.passage.core.WritingDirection.LTR) {
        for (source in state.sources) Small(source)
    }
    Small(state.lastVerified)
}
