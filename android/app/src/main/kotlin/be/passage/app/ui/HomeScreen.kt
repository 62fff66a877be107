package be.passage.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import be.passage.app.model.AppModel
import be.passage.app.model.HomeModel
import be.passage.app.model.Tab
import be.passage.app.model.Texts
import kotlinx.coroutines.launch

@Composable
fun HomeScreen(app: AppModel, model: HomeModel, texts: Texts) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    state.detail?.let {
        DeadlineDetailScreen(it, texts, onClose = model::closeDeadline)
        return
    }
    Page {
        Title(texts["home-title"])
        ErrorText(state.error)
        Heading(texts["home-where-am-i"])
        Body(state.stage)
        Heading(texts["home-deadlines"])
        if (state.deadlines.isEmpty()) Body(texts["home-no-deadlines"])
        for (d in state.deadlines) {
            LinkItem(d.title, listOfNotNull(d.date, d.status).joinToString(" · ")) { model.openDeadline(d.ruleId, d.eventId) }
        }
        if (state.readNow.isNotEmpty()) Heading(texts["home-read-now"])
        for (a in state.readNow) LinkItem(a.title) { scope.launch { app.openArticle(a.id) } }
        if (state.prepareInterview) SecondaryAction(texts["home-prepare-interview"]) { app.showTab(Tab.INTERVIEW) }
        if (state.documentsToGather.isNotEmpty()) Heading(texts["home-documents-to-gather"])
        for (d in state.documentsToGather) {
            LinkItem(d.title, texts["common-add"]) { scope.launch { model.gather(d.id) } }
        }
    }
}
