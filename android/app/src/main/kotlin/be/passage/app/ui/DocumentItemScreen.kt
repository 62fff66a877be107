package be.passage.app.ui

import android.net.Uri
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.platform.LocalContext
import be.passage.app.model.AppModel
import be.passage.app.model.ChecklistItemModel
import be.passage.app.model.Texts
import be.passage.app.platform.SystemFiles
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.io.File

@Composable
fun DocumentItemScreen(app: AppModel, model: ChecklistItemModel, texts: Texts, onClose: () -> Unit) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    val context = LocalContext.current
    // The camera writes into this cache file; the model imports and deletes it.
    var photoPath by rememberSaveable { mutableStateOf<String?>(null) }
    val camera = rememberLauncherForActivityResult(ActivityResultContracts.TakePicture()) { taken ->
        val path = photoPath ?: return@rememberLauncherForActivityResult
        photoPath = null
        if (taken) scope.launch { model.importFile(path) } else File(path).delete()
    }
    val picker = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri: Uri? ->
        if (uri != null) {
            scope.launch { model.importFile(withContext(Dispatchers.IO) { SystemFiles.copyPicked(context, uri) }.path) }
        }
    }
    var whyNot by remember(state.whyNotAvailable) { mutableStateOf(state.whyNotAvailable) }
    var since by remember(state.since) { mutableStateOf(state.since) }
    Page {
        SecondaryAction(texts["common-back"], onClick = onClose)
        Title(state.title)
        ErrorText(state.error)
        Heading(texts["documents-status"])
        for (o in state.statusOptions) Choice(o.label, o.id == state.status) { scope.launch { model.setStatus(o.id) } }
        if (state.showWhyNot) {
            Field(texts["documents-why-not"], whyNot, FieldKind.TEXT) { whyNot = it }
            SecondaryAction(texts["button-save"]) { scope.launch { model.setWhyNotAvailable(whyNot) } }
        }
        Heading(texts["documents-where"])
        for (o in state.placeOptions) Choice(o.label, o.id == state.place) { scope.launch { model.setLocation(o.id, since) } }
        Field(texts["documents-since"], since, FieldKind.TEXT) { since = it }
        Heading(texts["documents-attachments"])
        for (a in state.attachments) Small("${a.name} · ${a.added}")
        if (state.importing) Body(texts["common-loading"])
        Action(texts["documents-add-photo"], !state.importing) {
            val (file, uri) = SystemFiles.newPhoto(context)
            photoPath = file.path
            app.leavingForSystemUi()
            camera.launch(uri)
        }
        SecondaryAction(texts["documents-add-file"], !state.importing) {
            app.leavingForSystemUi()
            picker.launch(arrayOf("image/*", "application/pdf"))
        }
        SecondaryAction(texts["button-delete"]) { scope.launch { model.trash() } }
    }
}
