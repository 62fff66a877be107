package be.passage.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.minimumInteractiveComponentSize
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import be.passage.core.WritingDirection

// Small building blocks shared by the screens: they only draw what they are
// given. Text sizes are in sp (they follow the system font size), every
// tappable thing is at least 48 dp and carries a TalkBack label.

fun WritingDirection.layout(): LayoutDirection =
    if (this == WritingDirection.RTL) LayoutDirection.Rtl else LayoutDirection.Ltr

/** Lays [content] out in [direction] (a text in another language than the screen's). */
@Composable
fun InDirection(direction: WritingDirection, content: @Composable () -> Unit) =
    CompositionLocalProvider(LocalLayoutDirection provides direction.layout(), content = content)

@Composable
fun Page(content: @Composable ColumnScope.() -> Unit) = Column(
    Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp),
    verticalArrangement = Arrangement.spacedBy(12.dp),
    content = content,
)

@Composable
fun Title(text: String) = Text(
    text,
    fontSize = 24.sp,
    fontWeight = FontWeight.Bold,
    modifier = Modifier.semantics { heading() },
)

@Composable
fun Heading(text: String) = Text(
    text,
    fontSize = 19.sp,
    fontWeight = FontWeight.SemiBold,
    modifier = Modifier.semantics { heading() },
)

@Composable
fun Body(text: String) = Text(text, fontSize = 17.sp)

@Composable
fun Small(text: String) = Text(text, fontSize = 14.sp)

@Composable
fun ErrorText(text: String?) {
    if (text != null) Text(text, fontSize = 16.sp, color = MaterialTheme.colorScheme.error)
}

@Composable
fun Action(label: String, enabled: Boolean = true, onClick: () -> Unit) = Button(
    onClick = onClick,
    enabled = enabled,
    modifier = Modifier.fillMaxWidth().minimumInteractiveComponentSize().semantics { contentDescription = label },
) { Text(label, fontSize = 17.sp) }

@Composable
fun SecondaryAction(label: String, enabled: Boolean = true, onClick: () -> Unit) = OutlinedButton(
    onClick = onClick,
    enabled = enabled,
    modifier = Modifier.fillMaxWidth().minimumInteractiveComponentSize().semantics { contentDescription = label },
) { Text(label, fontSize = 17.sp) }

/** A line to tap (opens something). */
@Composable
fun LinkItem(title: String, detail: String? = null, onClick: () -> Unit) = Column(
    Modifier
        .fillMaxWidth()
        .minimumInteractiveComponentSize()
        .clickable(role = Role.Button, onClick = onClick)
        .semantics { contentDescription = listOfNotNull(title, detail).joinToString(". ") }
        .padding(vertical = 8.dp),
) {
    Text(title, fontSize = 17.sp)
    if (detail != null) Small(detail)
}

/** One choice among several (no popup window: FLAG_SECURE covers only the activity's own). */
@Composable
fun Choice(label: String, selected: Boolean, onClick: () -> Unit) = Row(
    Modifier
        .fillMaxWidth()
        .minimumInteractiveComponentSize()
        .clickable(role = Role.RadioButton, onClick = onClick)
        .semantics { contentDescription = label },
    verticalAlignment = Alignment.CenterVertically,
) {
    RadioButton(selected = selected, onClick = null)
    Text(label, fontSize = 17.sp, modifier = Modifier.padding(start = 8.dp))
}

enum class FieldKind { TEXT, SECRET, DIGITS }

@Composable
fun Field(label: String, value: String, kind: FieldKind = FieldKind.TEXT, onChange: (String) -> Unit) =
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label, fontSize = 15.sp) },
        singleLine = kind != FieldKind.TEXT,
        visualTransformation = if (kind == FieldKind.TEXT) VisualTransformation.None else PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(
            keyboardType = when (kind) {
                FieldKind.TEXT -> KeyboardType.Text
                FieldKind.SECRET -> KeyboardType.Password
                FieldKind.DIGITS -> KeyboardType.NumberPassword
            },
            autoCorrectEnabled = kind == FieldKind.TEXT,
        ),
        modifier = Modifier.fillMaxWidth().semantics { contentDescription = label },
    )
