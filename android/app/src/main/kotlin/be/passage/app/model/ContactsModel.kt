package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.WritingDirection
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class ContactRow(
    val id: String,
    val name: String,
    val text: String,
    val address: String?,
    val phone: String?,
    val hours: String?,
    val web: String?,
    val direction: WritingDirection,
)

data class ContactsState(val contacts: List<ContactRow> = emptyList(), val error: String? = null)

/** Organisations that help, from the bundled content; a tap on the phone number calls. */
class ContactsModel(private val app: AppModel) {
    private val _state = MutableStateFlow(ContactsState())
    val state: StateFlow<ContactsState> = _state.asStateFlow()

    suspend fun load() {
        val t = app.texts
        try {
            val contacts = withContext(app.env.io) { app.guide.contacts(t.languages) }
            _state.value = ContactsState(
                contacts.map { ContactRow(it.id, it.name, it.text, it.address, it.phone, it.hours, it.web, it.direction) },
            )
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    /** The `tel:` URI the view hands to the dialer, or null when the contact has no phone. */
    fun callUri(id: String): String? {
        val phone = _state.value.contacts.firstOrNull { it.id == id }?.phone ?: return null
        val dialable = phone.filterIndexed { i, c -> c.isDigit() || (c == '+' && i == phone.indexOfFirst { !it.isWhitespace() }) }
        return if (dialable.any(Char::isDigit)) "tel:$dialable" else null
    }
}
