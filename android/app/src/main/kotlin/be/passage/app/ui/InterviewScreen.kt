package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import be.passage.app.model.InterviewModel
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun InterviewScreen(model: InterviewModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    // What is being typed, before "Add" hands it to the model.
    var note by rememberSaveable { mutableStateOf("") }
    var eventDate by rememberSaveable { mutableStateOf("") }
    var eventTitle by rememberSaveable { mutableStateOf("") }
    var question by rememberSaveable { mutableStateOf("") }
    Page {
        Title(texts["interview-title"])
        ErrorText(state.error)
        Heading(texts["interview-topics"])
        for (topic in state.topics) {
            Heading(topic.title)
            for (n in topic.notes) Body(n.text)
            Field(texts["interview-add-note"], note, FieldKind.TEXT) { note = it }
            SecondaryAction(texts["common-add"], note.isNotBlank()) {
                scope.launch { model.addNote(topic.id, note); note = "" }
            }
        }
        Heading(texts["interview-chronology"])
        for (e in state.chronology) LinkItem(e.title, listOf(e.kindLabel, e.date).filter { it.isNotEmpty() }.joinToString(" · ")) {}
        Field(texts["journal-date"], eventDate, FieldKind.TEXT) { eventDate = it }
        Field(texts["interview-add-event"], eventTitle, FieldKind.TEXT) { eventTitle = it }
        SecondaryAction(texts["common-add"], eventTitle.isNotBlank()) {
            scope.launch { model.addEvent(eventDate, eventTitle); eventDate = ""; eventTitle = "" }
        }
        Action(texts["interview-check"]) { scope.launch { model.check() } }
        state.checkSummary?.let { Body(it) }
        state.findings?.forEach { Small(it.explanation) }
        Heading(texts["interview-questions"])
        for (q in state.questions) {
            Choice(q.question, q.answered) { scope.launch { model.answerQuestion(q.id, !q.answered) } }
        }
        Field(texts["interview-add-question"], question, FieldKind.TEXT) { question = it }
        SecondaryAction(texts["common-add"], question.isNotBlank()) {
            scope.launch { model.addQuestion(question); question = "" }
        }
    }
}
