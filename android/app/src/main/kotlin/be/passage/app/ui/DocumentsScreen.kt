package be.passage.app.ui

import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import be.passage.app.model.AppModel
import be.passage.app.model.ChecklistModel
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun DocumentsScreen(app: AppModel, model: ChecklistModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    state.openItem?.let {
        DocumentItemScreen(app, it, texts, onClose = model::close)
        return
    }
    Page {
        Title(texts["documents-title"])
        ErrorText(state.error)
        Body(state.progress)
        LinearProgressIndicator(
            progress = { state.percentDone / 100f },
            modifier = Modifier.semantics { contentDescription = state.progress },
        )
        for (section in state.sections) {
            Heading(section.title)
            Small(section.progress)
            for (item in section.items) {
                LinkItem(item.title, item.status) { scope.launch { model.open(item.id) } }
            }
        }
        if (state.suggestions.isNotEmpty()) Heading(texts["documents-add"])
        for (s in state.suggestions) {
            LinkItem(s.title, texts["common-add"]) { scope.launch { model.addFromTemplate(s.id) } }
        }
    }
}
