package be.passage.app.platform

import android.content.Context
import android.print.PrintAttributes
import android.print.PrintManager
import android.webkit.WebView
import android.webkit.WebViewClient
import java.io.File

/**
 * Prints the summary HTML the model wrote into the cache: a WebView
 * (JavaScript off, no network: the HTML is self-contained) loads it, then
 * PrintManager prints it. [done] runs once the print job is queued or
 * the page failed; the model then deletes the file (the print spooler has
 * its own copy of the rendered pages by then).
 */
object SummaryPrinter {
    fun print(context: Context, html: File, jobName: String, done: () -> Unit) {
        val text = html.readText()
        val web = WebView(context)
        web.settings.javaScriptEnabled = false
        web.settings.blockNetworkLoads = true
        web.settings.allowFileAccess = false
        web.webViewClient = object : WebViewClient() {
            override fun onPageFinished(view: WebView, url: String?) {
                val manager = context.getSystemService(Context.PRINT_SERVICE) as PrintManager
                manager.print(jobName, view.createPrintDocumentAdapter(jobName), PrintAttributes.Builder()
                    .setMediaSize(PrintAttributes.MediaSize.ISO_A4)
                    .build())
                done()
            }
        }
        web.loadDataWithBaseURL(null, text, "text/html", "utf-8", null)
    }
}
