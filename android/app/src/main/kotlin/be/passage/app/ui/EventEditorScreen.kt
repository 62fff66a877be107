package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import be.passage.app.model.EventEditorModel
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun EventEditorScreen(model: EventEditorModel, texts: Texts, onClose: () -> Unit) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    Page {
        SecondaryAction(texts["button-cancel"], onClick = onClose)
        Title(texts["journal-edit-title"])
        Heading(texts["journal-kind"])
        for (kind in state.kinds) Choice(kind.label, kind.id == state.kind) { model.setKind(kind.id) }
        Field(texts["journal-date"], state.date, FieldKind.TEXT, model::setDate)
        Field(texts["journal-official-deadline"], state.officialDeadline, FieldKind.TEXT, model::setOfficialDeadline)
        Small(texts["common-optional"])
        Field(texts["journal-note"], state.note, FieldKind.TEXT, model::setNote)
        if (state.showOutcome) {
            Heading(texts["journal-outcome"])
            for (o in state.outcomes) Choice(o.label, o.id == state.outcome) { model.setOutcome(o.id) }
        }
        ErrorText(state.error)
        Action(texts["button-save"], state.canSave) { scope.launch { model.save() } }
    }
}
