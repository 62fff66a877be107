package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** Interview preparation: notes by topic, the story in dates and its check, questions for the lawyer. */
class InterviewTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    @Test
    fun notesByTopicTheDateCheckAndLawyerQuestions() = runBlocking<Unit> {
        val app = phone.setUpApp(language = "fr")
        val interview = app.tabs.interview
        interview.load()
        val journey = interview.state.value.topics.single { it.id == "journey" }
        assertEquals(app.texts["interview-topic-journey"], journey.title)
        assertTrue(journey.notes.isEmpty())

        interview.addNote("journey", "By bus, then by boat.")
        assertEquals(
            listOf("By bus, then by boat."),
            interview.state.value.topics.single { it.id == "journey" }.notes.map { it.text },
        )
        assertTrue(interview.state.value.topics.filter { it.id != "journey" }.all { it.notes.isEmpty() })

        // Nothing to check yet.
        interview.check()
        assertEquals(app.texts["interview-check-ok"], interview.state.value.checkSummary)
        assertEquals(emptyList(), interview.state.value.findings)

        // Arrived in May, left home "about July": the check finds it.
        interview.addEvent("2024-05-10", "Arrived in Brussels", kind = "arrived-belgium")
        interview.addEvent("~2024-07", "Left home", kind = "left-country")
        assertEquals(listOf("Arrived in Brussels", "Left home"), interview.state.value.chronology.map { it.title })
        interview.check()
        val findings = assertNotNull(interview.state.value.findings)
        assertTrue(findings.any { it.kind == "departure-after-arrival" }, "$findings")
        assertEquals(app.texts.count("interview-check-found", "count", findings.size.toLong()), interview.state.value.checkSummary)

        // A date the core cannot read: its error, nothing added.
        interview.addEvent("May last year", "Something")
        assertNotNull(interview.state.value.error)
        assertEquals(2, interview.state.value.chronology.size)

        interview.addQuestion("Can I bring my cousin?")
        val question = interview.state.value.questions.single()
        assertEquals(false, question.answered)
        interview.answerQuestion(question.id, answered = true, answer = "Yes.")
        val answered = interview.state.value.questions.single()
        assertTrue(answered.answered)
        assertEquals("Yes.", answered.answer)
        assertNull(interview.state.value.error)
    }
}
