package be.passage.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.minimumInteractiveComponentSize
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.sp
import be.passage.app.model.GuideModel
import be.passage.app.model.HitRow
import be.passage.app.model.ReaderState
import be.passage.app.model.Texts
import be.passage.app.platform.SpeechReader
import be.passage.core.GuideBlock
import be.passage.core.GuideSearchItem
import be.passage.core.GuideSpan
import be.passage.core.TextRange
import kotlinx.coroutines.launch

@Composable
fun GuideScreen(model: GuideModel, texts: Texts, speech: SpeechReader) {
    val state by model.state.collectAsState()
    val scope = rememberCoroutineScope()
    LaunchedEffect(model, texts) { model.load() }
    state.reader?.let {
        Reader(it, texts, onClose = model::closeReader, onRead = { model.readAloud()?.let(speech::speak) }, onStop = speech::stop)
        return
    }
    Page {
        Title(texts["guide-title"])
        ErrorText(state.error)
        Field(state.searchLabel, state.query, FieldKind.TEXT, model::setQuery)
        SecondaryAction(texts["search-button"]) { scope.launch { model.search() } }
        state.resultText?.let { Body(it) }
        state.hits?.forEach { hit -> Hit(hit) { (hit.item as? GuideSearchItem.Article)?.let { scope.launch { model.open(it.slug) } } } }
        for (a in state.articles) {
            InDirection(a.direction) { LinkItem(a.title, a.summary) { scope.launch { model.open(a.slug) } } }
        }
    }
}

/** A hit with its matched words in bold (UTF-16 ranges from the core). */
@Composable
private fun Hit(hit: HitRow, onClick: () -> Unit) = InDirection(hit.direction) {
    Column(
        Modifier
            .fillMaxWidth()
            .minimumInteractiveComponentSize()
            .clickable(onClick = onClick)
            .semantics { contentDescription = hit.title + ". " + hit.snippet },
    ) {
        Text(marked(hit.title, hit.titleMatches), fontSize = 17.sp)
        Text(marked(hit.snippet, hit.snippetMatches), fontSize = 14.sp)
    }
}

private fun marked(text: String, ranges: List<TextRange>) = buildAnnotatedString {
    append(text)
    for (r in ranges) addStyle(SpanStyle(fontWeight = FontWeight.Bold), r.start.toInt(), r.end.toInt())
}

@Composable
private fun Reader(r: ReaderState, texts: Texts, onClose: () -> Unit, onRead: () -> Unit, onStop: () -> Unit) = Page {
    SecondaryAction(texts["common-back"], onClick = onClose)
    InDirection(r.direction) {
        Column {
            Title(r.title)
            for (notice in r.notices) Small(notice)
            SecondaryAction(texts["common-read-aloud"], onClick = onRead)
            SecondaryAction(texts["common-stop-reading"], onClick = onStop)
            for (block in r.blocks) {
                when (block) {
                    is GuideBlock.Heading -> Heading(plain(block.spans))
                    is GuideBlock.Paragraph -> Spans(block.spans)
                    is GuideBlock.BulletList -> block.items.forEach { Spans(it, bullet = true) }
                }
            }
            Heading(r.sourcesLabel)
            for (source in r.sources) Small(source)
            Small(r.lastVerified)
        }
    }
}

private fun plain(spans: List<GuideSpan>) = spans.joinToString("") { it.text }

@Composable
private fun Spans(spans: List<GuideSpan>, bullet: Boolean = false) = Text(
    buildAnnotatedString {
        if (bullet) append("• ")
        for (s in spans) {
            if (s.bold) withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(s.text) } else append(s.text)
        }
    },
    fontSize = 17.sp,
)
