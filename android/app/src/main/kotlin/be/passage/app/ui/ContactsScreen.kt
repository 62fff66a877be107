package be.passage.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.platform.LocalContext
import be.passage.app.model.ContactsModel
import be.passage.app.model.Texts

@Composable
fun ContactsScreen(model: ContactsModel, texts: Texts) {
    val state by model.state.collectAsState()
    val context = LocalContext.current
    LaunchedEffect(model, texts) { model.load() }
    Page {
        Title(texts["contacts-title"])
        ErrorText(state.error)
        for (c in state.contacts) {
            InDirection(c.direction) {
                Heading(c.name)
                Body(c.text)
                c.address?.let { Small(texts["contact-address"] + ": " + it) }
                c.hours?.let { Small(texts["contact-hours"] + ": " + it) }
                model.callUri(c.id)?.let { uri ->
                    // ACTION_DIAL: the dialer opens with the number; the person presses call.
                    SecondaryAction(texts["contacts-call"] + " " + c.phone) {
                        context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse(uri)))
                    }
                }
            }
        }
    }
}
