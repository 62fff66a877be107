package be.passage.app.model

import be.passage.core.UiArg

/**
 * The passphrase-twice and PIN checks of the setup, shared by the screens
 * that ask for a new passphrase (restore, backup): the same rules and the
 * same messages as [SetupModel]. Each error is null while the field is
 * empty (nothing typed yet) or when it is right.
 */
internal object PassphraseRules {
    fun passphraseOk(p: String): Boolean =
        p.codePointCount(0, p.length) >= SetupModel.MIN_PASSPHRASE_CHARS && p.isNotBlank()

    fun passphraseError(t: Texts, p: String): String? =
        if (p.isEmpty() || passphraseOk(p)) null
        else t["setup-passphrase-too-short", UiArg.Number("min", SetupModel.MIN_PASSPHRASE_CHARS.toDouble())]

    fun repeatError(t: Texts, p: String, repeat: String): String? =
        if (repeat.isEmpty() || repeat == p) null else t["setup-passphrase-mismatch"]

    fun pinOk(pin: String): Boolean = SetupModel.PIN.matches(pin)

    fun pinError(t: Texts, pin: String): String? =
        if (pin.isEmpty() || pinOk(pin)) null else t["setup-pin-invalid"]
}
