package be.passage.app.platform

import android.content.Context
import com.google.mlkit.vision.barcode.common.Barcode
import com.google.mlkit.vision.codescanner.GmsBarcodeScannerOptions
import com.google.mlkit.vision.codescanner.GmsBarcodeScanning

/**
 * Scans a QR code (the lawyer's `age1...` key) with Google's code scanner:
 * the scanning screen belongs to Play services, so the app needs no camera
 * permission and never sees the camera image. The text goes to
 * `ShareModel.scanned`, which lets the core check it. Phones without Play
 * services get nothing here: the key can still be typed or pasted.
 */
object QrScanner {
    fun scan(context: Context, onText: (String) -> Unit) {
        val options = GmsBarcodeScannerOptions.Builder()
            .setBarcodeFormats(Barcode.FORMAT_QR_CODE)
            .build()
        GmsBarcodeScanning.getClient(context, options)
            .startScan()
            .addOnSuccessListener { code -> code.rawValue?.let(onText) }
    }
}
