package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import be.passage.app.model.JournalModel
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun JournalScreen(model: JournalModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    state.editor?.let {
        EventEditorScreen(it, texts, onClose = model::closeEditor)
        return
    }
    Page {
        Title(texts["journal-title"])
        ErrorText(state.error)
        Action(texts["journal-add"]) { model.startAdd() }
        state.deletedMessage?.let { message ->
            Body(message)
            state.lastDeleted?.let { id -> SecondaryAction(texts["button-restore"]) { scope.launch { model.restore(id) } } }
        }
        if (state.entries.isEmpty()) Body(texts["journal-empty"])
        for (e in state.entries) {
            LinkItem(e.title, listOf(e.date, e.note).filter(String::isNotEmpty).joinToString(" · ")) { model.startEdit(e.id) }
            SecondaryAction(texts["button-delete"]) { scope.launch { model.delete(e.id) } }
        }
        if (state.trash.isNotEmpty()) Heading(texts["journal-trash"])
        for (e in state.trash) {
            LinkItem(e.title, e.date) { scope.launch { model.restore(e.id) } }
        }
    }
}
