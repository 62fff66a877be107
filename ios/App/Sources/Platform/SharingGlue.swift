import Foundation
import SwiftUI
import UIKit
import UniformTypeIdentifiers

/// Hands a finished file (a backup or share the core wrote into the
/// outbox) to the system document picker for exporting (Files, a USB
/// stick, iCloud Drive). `finished(true)` when the person saved it
/// somewhere; the model then deletes the outbox file.
struct DocumentExporter: UIViewControllerRepresentable {
    let file: URL
    let finished: (Bool) -> Void

    func makeUIViewController(context: Context) -> UIDocumentPickerViewController {
        let picker = UIDocumentPickerViewController(forExporting: [file], asCopy: true)
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIDocumentPickerViewController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(finished: finished) }

    final class Coordinator: NSObject, UIDocumentPickerDelegate {
        let finished: (Bool) -> Void
        init(finished: @escaping (Bool) -> Void) { self.finished = finished }

        func documentPicker(_ controller: UIDocumentPickerViewController, didPickDocumentsAt urls: [URL]) {
            finished(!urls.isEmpty)
        }

        func documentPickerWasCancelled(_ controller: UIDocumentPickerViewController) {
            finished(false)
        }
    }
}

/// Picks a backup file (any type: `.age` has no system type); a copy lands
/// in the outbox and the model deletes it after the restore or merge.
struct BackupFilePicker: UIViewControllerRepresentable {
    let picked: (URL?) -> Void

    func makeUIViewController(context: Context) -> UIDocumentPickerViewController {
        let picker = UIDocumentPickerViewController(forOpeningContentTypes: [.data], asCopy: true)
        picker.allowsMultipleSelection = false
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIDocumentPickerViewController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(picked: picked) }

    final class Coordinator: NSObject, UIDocumentPickerDelegate {
        let picked: (URL?) -> Void
        init(picked: @escaping (URL?) -> Void) { self.picked = picked }

        func documentPicker(_ controller: UIDocumentPickerViewController, didPickDocumentsAt urls: [URL]) {
            guard let copy = urls.first, let outbox = try? ProtectedFolders.sharingOutbox() else {
                return picked(urls.first)
            }
            let target = outbox.appendingPathComponent(UUID().uuidString + "-" + copy.lastPathComponent)
            picked((try? FileManager.default.moveItem(at: copy, to: target)) != nil ? target : copy)
        }

        func documentPickerWasCancelled(_ controller: UIDocumentPickerViewController) {
            picked(nil)
        }
    }
}

/// Prints the summary HTML: UIMarkupTextPrintFormatter (no scripts, no
/// network) in the system print sheet, A4. `done` runs when the sheet
/// closes (printed or cancelled); the model then deletes the file.
enum SummaryPrinter {
    @MainActor
    static func print(file: URL, jobName: String, done: @escaping @MainActor () -> Void) {
        guard let html = try? String(contentsOf: file, encoding: .utf8) else { return done() }
        let info = UIPrintInfo(dictionary: nil)
        info.outputType = .general
        info.jobName = jobName
        let controller = UIPrintInteractionController.shared
        controller.printInfo = info
        controller.printFormatter = UIMarkupTextPrintFormatter(markupText: html)
        controller.present(animated: true) { _, _, _ in done() }
    }
}
