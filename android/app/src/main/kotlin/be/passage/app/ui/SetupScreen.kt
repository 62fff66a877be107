package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import be.passage.app.model.SetupModel
import be.passage.app.model.SetupStep
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun SetupScreen(model: SetupModel, texts: Texts, onRestore: () -> Unit) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    Page {
        when (state.step) {
            SetupStep.FORM, SetupStep.CREATING -> {
                Title(texts["setup-title"])
                Body(texts["setup-intro"])
                Field(texts["setup-passphrase"], state.passphrase, FieldKind.SECRET, model::setPassphrase)
                ErrorText(state.passphraseError)
                Field(texts["setup-passphrase-repeat"], state.repeat, FieldKind.SECRET, model::setRepeat)
                ErrorText(state.repeatError)
                Field(texts["setup-pin"], state.pin, FieldKind.DIGITS, model::setPin)
                Small(texts["setup-pin-hint"])
                ErrorText(state.pinError)
                ErrorText(state.error)
                if (state.step == SetupStep.CREATING) Body(texts["setup-creating"])
                Action(texts["common-continue"], state.canCreate) { scope.launch { model.create() } }
                // A new or lost phone: bring the notes back from a backup instead.
                SecondaryAction(texts["settings-restore"], state.step == SetupStep.FORM, onRestore)
            }
            SetupStep.RECOVERY -> {
                Title(texts["setup-recovery-title"])
                Body(texts["setup-recovery-intro"])
                state.recoveryWords.forEachIndexed { i, word -> Body("${i + 1}. $word") }
                Action(texts["setup-recovery-confirm"]) { model.confirmRecovery() }
            }
        }
    }
}
