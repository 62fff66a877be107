package be.passage.app.ui

import android.net.Uri
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.platform.LocalContext
import be.passage.app.model.AppModel
import be.passage.app.model.BackupModel
import be.passage.app.model.RestoreModel
import be.passage.app.model.RestoreStep
import be.passage.app.model.ShareModel
import be.passage.app.model.SharingPage
import be.passage.app.model.SummaryModel
import be.passage.app.model.Texts
import be.passage.app.platform.QrScanner
import be.passage.app.platform.SummaryPrinter
import be.passage.app.platform.SystemFiles
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.io.File

// The backup, restore, share and print screens: they draw the model's
// state and forward taps. The platform parts: the Storage Access Framework
// (CreateDocument / OpenDocument: no storage permission), the copy of the
// finished file to the chosen document, WebView + PrintManager.

/** The Settings entries that open the sharing pages. */
@Composable
fun SharingEntries(app: AppModel, texts: Texts) {
    LinkItem(texts["settings-backup"], texts["settings-backup-explain"]) { app.openBackup() }
    LinkItem(texts["settings-share"], texts["settings-share-explain"]) { app.openShare() }
    LinkItem(texts["settings-summary"]) { app.openSummary() }
}

@Composable
fun SharingScreen(app: AppModel, page: SharingPage, texts: Texts) = when (page) {
    is SharingPage.Backup -> BackupScreen(app, page.model, texts)
    is SharingPage.Share -> ShareScreen(app, page.model, texts)
    is SharingPage.Summary -> SummaryScreen(app, page.model, texts)
}

@Composable
fun BackupScreen(app: AppModel, model: BackupModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    val context = LocalContext.current
    val create = rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument("application/octet-stream")) { uri: Uri? ->
        if (uri != null) {
            scope.launch {
                val path = model.saveForExport() ?: return@launch
                val copied = withContext(Dispatchers.IO) { SystemFiles.copyToDocument(context, File(path), uri) }
                model.exportFinished(copied)
            }
        }
    }
    val open = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri: Uri? ->
        if (uri != null) {
            scope.launch { model.merge(withContext(Dispatchers.IO) { SystemFiles.copyPicked(context, uri) }.path, temporary = true) }
        }
    }
    Page {
        SecondaryAction(texts["common-back"]) { app.closeSharing() }
        Title(texts["settings-backup"])
        Body(texts["settings-backup-explain"])
        Field(texts["backup-passphrase"], state.passphrase, FieldKind.SECRET, model::setPassphrase)
        Small(texts["backup-passphrase-hint"])
        ErrorText(state.passphraseError)
        Field(texts["setup-passphrase-repeat"], state.repeat, FieldKind.SECRET, model::setRepeat)
        ErrorText(state.repeatError)
        ErrorText(state.error)
        if (state.busy) Body(texts["common-loading"])
        state.done?.let { Body(it) }
        Action(texts["backup-save"], state.canSave) {
            app.leavingForSystemUi()
            create.launch("passage.age")
        }
        Heading(texts["backup-merge"])
        Small(texts["backup-merge-explain"])
        Choice(texts["restore-use-key"], state.mergeWithKey) { model.setMergeWithKey(!state.mergeWithKey) }
        Field(
            texts[if (state.mergeWithKey) "restore-key" else "restore-backup-passphrase"],
            state.mergeSecret,
            FieldKind.SECRET,
            model::setMergeSecret,
        )
        ErrorText(state.mergeError)
        state.mergeResult?.let { Body(it) }
        SecondaryAction(texts["restore-choose-file"], !state.busy && state.mergeSecret.isNotEmpty()) {
            app.leavingForSystemUi()
            open.launch(arrayOf("*/*"))
        }
    }
}

@Composable
fun RestoreScreen(app: AppModel, model: RestoreModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    val context = LocalContext.current
    val open = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri: Uri? ->
        if (uri != null) {
            scope.launch { model.chooseFile(withContext(Dispatchers.IO) { SystemFiles.copyPicked(context, uri) }.path, temporary = true) }
        }
    }
    Page {
        when (state.step) {
            RestoreStep.FORM, RestoreStep.RESTORING -> {
                SecondaryAction(texts["common-back"]) { model.cancel() }
                Title(texts["settings-restore"])
                Body(texts["restore-explain"])
                SecondaryAction(texts["restore-choose-file"]) {
                    app.leavingForSystemUi()
                    open.launch(arrayOf("*/*"))
                }
                if (state.fileChosen) Small(texts["restore-file-chosen"])
                Choice(texts["restore-use-key"], state.withKey) { model.setWithKey(!state.withKey) }
                Field(
                    texts[if (state.withKey) "restore-key" else "restore-backup-passphrase"],
                    state.secret,
                    FieldKind.SECRET,
                    model::setSecret,
                )
                Heading(texts["restore-new-secret"])
                Field(texts["setup-passphrase"], state.passphrase, FieldKind.SECRET, model::setPassphrase)
                ErrorText(state.passphraseError)
                Field(texts["setup-passphrase-repeat"], state.repeat, FieldKind.SECRET, model::setRepeat)
                ErrorText(state.repeatError)
                Field(texts["setup-pin"], state.pin, FieldKind.DIGITS, model::setPin)
                ErrorText(state.pinError)
                ErrorText(state.error)
                if (state.step == RestoreStep.RESTORING) Body(texts["common-loading"])
                Action(texts["restore-start"], state.canRestore) { scope.launch { model.restore() } }
            }
            RestoreStep.RECOVERY -> {
                Title(texts["setup-recovery-title"])
                Body(texts["setup-recovery-intro"])
                state.recoveryWords.forEachIndexed { i, word -> Body("${i + 1}. $word") }
                Action(texts["setup-recovery-confirm"]) { model.confirmRecovery() }
            }
        }
    }
}

@Composable
fun ShareScreen(app: AppModel, model: ShareModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    val context = LocalContext.current
    LaunchedEffect(model) { model.load() }
    val create = rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument("application/octet-stream")) { uri: Uri? ->
        if (uri != null) {
            scope.launch {
                val path = model.createForExport() ?: return@launch
                val copied = withContext(Dispatchers.IO) { SystemFiles.copyToDocument(context, File(path), uri) }
                model.exportFinished(copied)
            }
        }
    }
    Page {
        SecondaryAction(texts["common-back"]) { app.closeSharing() }
        Title(texts["settings-share"])
        val passphrase = state.shownPassphrase
        if (passphrase != null) {
            Heading(texts["share-passphrase-title"])
            Body(passphrase)
            Small(texts["share-passphrase-explain"])
            Action(texts["share-passphrase-confirm"]) { model.confirmPassphraseSeen() }
            return@Page
        }
        Body(texts["settings-share-explain"])
        Heading(texts["share-events"])
        state.events.forEach { c -> Choice("${c.title} (${c.detail})", c.selected) { model.toggleEvent(c.id) } }
        Heading(texts["share-documents"])
        state.documents.forEach { c -> Choice("${c.title} (${c.detail})", c.selected) { model.toggleDocument(c.id) } }
        Choice(texts["share-photos"], state.includePhotos) { model.setIncludePhotos(!state.includePhotos) }
        Choice(texts["share-chronology"], state.chronology) { model.setChronology(!state.chronology) }
        Choice(texts["share-questions"], state.lawyerQuestions) { model.setLawyerQuestions(!state.lawyerQuestions) }
        state.nothingChosen?.let { Small(it) }
        Field(texts["share-recipient-name"], state.recipientName, FieldKind.TEXT, model::setRecipientName)
        Choice(texts["share-use-passphrase"], state.oneTimePassphrase) { model.setOneTimePassphrase(!state.oneTimePassphrase) }
        if (!state.oneTimePassphrase) {
            Field(texts["share-recipient-key"], state.recipientKey, FieldKind.TEXT, model::setRecipientKey)
            SecondaryAction(texts["share-scan"]) {
                app.leavingForSystemUi()
                QrScanner.scan(context, model::scanned)
            }
            ErrorText(state.recipientError)
        }
        ErrorText(state.error)
        if (state.busy) Body(texts["common-loading"])
        state.done?.let { Body(it) }
        Action(texts["share-create"], state.canCreate) {
            app.leavingForSystemUi()
            create.launch("passage-share.age")
        }
        Heading(texts["share-log-title"])
        if (state.log.isEmpty()) Small(texts["share-log-empty"])
        state.log.forEach { Body(it.text) }
    }
}

@Composable
fun SummaryScreen(app: AppModel, model: SummaryModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    val context = LocalContext.current
    Page {
        SecondaryAction(texts["common-back"]) { app.closeSharing() }
        Title(texts["settings-summary"])
        Body(state.warning)
        Heading(texts["print-language"])
        state.procedureLanguages.forEach { l -> Choice(l.label, l.selected) { model.setProcedureLanguage(l.code) } }
        ErrorText(state.error)
        if (state.busy) Body(texts["common-loading"])
        Action(texts["print-start"], !state.busy) {
            scope.launch {
                val path = model.prepare() ?: return@launch
                SummaryPrinter.print(context, File(path), texts["settings-summary"]) { model.printed() }
            }
        }
    }
}
