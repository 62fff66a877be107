package be.passage.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.ScrollableTabRow
import androidx.compose.material3.Surface
import androidx.compose.material3.Tab
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.sp
import be.passage.app.model.AppModel
import be.passage.app.model.Screen
import be.passage.app.model.Tab as AppTab
import be.passage.app.model.Tabs
import be.passage.app.model.Texts
import be.passage.app.platform.SpeechReader

/** The whole window: the model's direction for everything, then the screen the model chose. */
@Composable
fun PassageRoot(app: AppModel, speech: SpeechReader) {
    val state by app.state.collectAsState()
    CompositionLocalProvider(LocalLayoutDirection provides state.direction.layout()) {
        MaterialTheme {
            Surface(Modifier.fillMaxSize()) {
                when (val screen = state.screen) {
                    is Screen.Language -> LanguageScreen(screen.model, state.texts)
                    is Screen.Setup -> SetupScreen(screen.model, state.texts, app::startRestore)
                    is Screen.Restore -> RestoreScreen(app, screen.model, state.texts)
                    is Screen.Sharing -> SharingScreen(app, screen.page, state.texts)
                    is Screen.Unlock -> UnlockScreen(screen.model, state.texts)
                    is Screen.Home -> Tabbed(app, screen.tab, screen.tabs, state.texts, speech)
                }
            }
        }
    }
}

@Composable
private fun Tabbed(app: AppModel, tab: AppTab, tabs: Tabs, texts: Texts, speech: SpeechReader) = Column {
    ScrollableTabRow(selectedTabIndex = tab.ordinal) {
        for (t in AppTab.entries) {
            val title = texts[t.titleId]
            Tab(
                selected = t == tab,
                onClick = { app.showTab(t) },
                text = { Text(title, fontSize = 15.sp) },
                modifier = Modifier.semantics { contentDescription = title },
            )
        }
    }
    when (tab) {
        AppTab.HOME -> HomeScreen(app, tabs.home, texts)
        AppTab.JOURNAL -> JournalScreen(tabs.journal, texts)
        AppTab.DOCUMENTS -> DocumentsScreen(app, tabs.documents, texts)
        AppTab.INTERVIEW -> InterviewScreen(tabs.interview, texts)
        AppTab.GUIDE -> GuideScreen(tabs.guide, texts, speech)
        AppTab.CONTACTS -> ContactsScreen(tabs.contacts, texts)
        AppTab.SETTINGS -> Column {
            SharingEntries(app, texts)
            SettingsScreen(tabs.settings, texts)
        }
    }
}
