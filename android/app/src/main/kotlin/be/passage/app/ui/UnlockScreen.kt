package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import be.passage.app.model.Texts
import be.passage.app.model.UnlockMode
import be.passage.app.model.UnlockModel
import kotlinx.coroutines.launch

@Composable
fun UnlockScreen(model: UnlockModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model) { model.refresh() }
    Page {
        Title(texts["unlock-title"])
        if (state.damaged) {
            ErrorText(state.error)
            return@Page
        }
        val pin = state.mode == UnlockMode.PIN
        Field(
            texts[if (pin) "unlock-pin" else "unlock-passphrase"],
            state.input,
            if (pin) FieldKind.DIGITS else FieldKind.SECRET,
            model::setInput,
        )
        ErrorText(state.error)
        state.failures?.let { Small(it) }
        state.waitText?.let { Body(it) }
        Action(texts["button-unlock"], state.canSubmit) { scope.launch { model.submit() } }
        SecondaryAction(texts[if (pin) "unlock-use-passphrase" else "unlock-use-pin"]) { model.switchMode() }
    }
}
