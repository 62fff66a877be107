package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import be.passage.app.model.SettingsModel
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun SettingsScreen(model: SettingsModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    // PINs being typed (never kept after the screen goes).
    var pin by remember { mutableStateOf("") }
    var duressPin by remember { mutableStateOf("") }
    var destroyReal by remember { mutableStateOf(false) }
    Page {
        Title(texts["settings-title"])
        ErrorText(state.error)

        Heading(texts["settings-language"])
        for (o in state.languages) {
            InDirection(o.direction) { Choice(o.nativeName, o.selected) { scope.launch { model.setLanguage(o.code) } } }
        }

        Heading(texts["settings-lock-timeout"])
        for (o in state.lockOptions) Choice(o.label, o.selected) { scope.launch { model.setLockTimeout(o.seconds) } }

        Heading(texts["settings-change-pin"])
        Field(texts["unlock-pin"], pin, FieldKind.DIGITS) { pin = it }
        SecondaryAction(texts["button-save"], pin.isNotEmpty()) { scope.launch { model.changePin(pin); pin = "" } }
        state.pinMessage?.let { Small(it) }

        Heading(texts["settings-duress-pin"])
        Small(texts["settings-duress-explain"])
        Field(texts["unlock-pin"], duressPin, FieldKind.DIGITS) { duressPin = it }
        Choice(texts["settings-duress-destroy"], destroyReal) { destroyReal = !destroyReal }
        SecondaryAction(texts["button-save"], duressPin.isNotEmpty() && !state.busy) {
            scope.launch { model.setDuressPin(duressPin, destroyReal); duressPin = "" }
        }
        state.duressMessage?.let { Small(it) }

        Heading(texts["settings-wipe-after"])
        val warning = state.wipeAfterWarning
        if (warning != null) {
            Body(warning)
            Action(texts["common-yes"]) { scope.launch { model.confirmWipeAfter() } }
            SecondaryAction(texts["common-no"]) { model.cancelWipeAfter() }
        } else {
            for (n in state.wipeAfterChoices) Choice("$n", state.wipeAfter == n) { model.requestWipeAfter(n) }
            Choice(texts["settings-lock-never"], state.wipeAfter == null) { scope.launch { model.turnOffWipeAfter() } }
        }

        Choice(texts["settings-neutral-icon"], state.neutralIcon) { model.setNeutralIcon(!state.neutralIcon) }

        Heading(texts["settings-panic-wipe"])
        val panic = state.panicWarning
        if (panic == null) {
            SecondaryAction(texts["settings-panic-wipe"]) { model.requestPanicWipe() }
        } else {
            ErrorText(panic)
            Action(texts["settings-panic-wipe-confirm"], !state.busy) { scope.launch { model.confirmPanicWipe() } }
            SecondaryAction(texts["button-cancel"]) { model.cancelPanicWipe() }
        }
    }
}
