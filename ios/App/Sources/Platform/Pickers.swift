import PhotosUI
import SwiftUI
import UIKit
import UniformTypeIdentifiers

/// What a picker hands the document screen: a photo in memory (camera,
/// photo picker) or a temporary copy of a file (document picker), which the
/// model imports into the vault and then deletes.
enum PickedDocument {
    case bytes(name: String, data: Data)
    case file(URL)
}

/// The system camera. Only the photo taken comes back (no library access;
/// needs NSCameraUsageDescription).
struct CameraPicker: UIViewControllerRepresentable {
    let picked: (PickedDocument?) -> Void

    static var isAvailable: Bool { UIImagePickerController.isSourceTypeAvailable(.camera) }

    func makeUIViewController(context: Context) -> UIImagePickerController {
        let picker = UIImagePickerController()
        picker.sourceType = .camera
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIImagePickerController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(picked: picked) }

    final class Coordinator: NSObject, UIImagePickerControllerDelegate, UINavigationControllerDelegate {
        let picked: (PickedDocument?) -> Void
        init(picked: @escaping (PickedDocument?) -> Void) { self.picked = picked }

        func imagePickerController(
            _ picker: UIImagePickerController, didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]
        ) {
            let image = info[.originalImage] as? UIImage
            picked(image?.jpegData(compressionQuality: 0.85).map { .bytes(name: "photo.jpg", data: $0) })
        }

        func imagePickerControllerDidCancel(_ picker: UIImagePickerController) {
            picked(nil)
        }
    }
}

/// The system photo picker: runs outside the app, gives only the chosen
/// photo, needs no photo-library permission.
struct PhotoPicker: UIViewControllerRepresentable {
    let picked: (PickedDocument?) -> Void

    func makeUIViewController(context: Context) -> PHPickerViewController {
        var configuration = PHPickerConfiguration()
        configuration.filter = .images
        configuration.selectionLimit = 1
        let picker = PHPickerViewController(configuration: configuration)
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: PHPickerViewController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(picked: picked) }

    final class Coordinator: NSObject, PHPickerViewControllerDelegate {
        let picked: (PickedDocument?) -> Void
        init(picked: @escaping (PickedDocument?) -> Void) { self.picked = picked }

        func picker(_ picker: PHPickerViewController, didFinishPicking results: [PHPickerResult]) {
            guard let provider = results.first?.itemProvider,
                provider.hasItemConformingToTypeIdentifier(UTType.image.identifier)
            else { return picked(nil) }
            let name = (provider.suggestedName ?? "photo") + ".jpg"
            provider.loadDataRepresentation(forTypeIdentifier: UTType.image.identifier) { data, _ in
                DispatchQueue.main.async { self.picked(data.map { .bytes(name: name, data: $0) }) }
            }
        }
    }
}

/// The system document picker (Files, iCloud Drive, a USB stick): a copy
/// of the chosen PDF or image lands in the app's temporary inbox.
struct DocumentPicker: UIViewControllerRepresentable {
    let picked: (PickedDocument?) -> Void

    func makeUIViewController(context: Context) -> UIDocumentPickerViewController {
        let picker = UIDocumentPickerViewController(forOpeningContentTypes: [.pdf, .image], asCopy: true)
        picker.allowsMultipleSelection = false
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIDocumentPickerViewController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(picked: picked) }

    final class Coordinator: NSObject, UIDocumentPickerDelegate {
        let picked: (PickedDocument?) -> Void
        init(picked: @escaping (PickedDocument?) -> Void) { self.picked = picked }

        func documentPicker(_ controller: UIDocumentPickerViewController, didPickDocumentsAt urls: [URL]) {
            guard let copy = urls.first else { return picked(nil) }
            // Move the picker's copy into the protected inbox; the model
            // deletes it once imported.
            guard let inbox = try? ProtectedFolders.importInbox() else { return picked(.file(copy)) }
            let target = inbox.appendingPathComponent(copy.lastPathComponent)
            try? FileManager.default.removeItem(at: target)
            if (try? FileManager.default.moveItem(at: copy, to: target)) != nil {
                picked(.file(target))
            } else {
                picked(.file(copy))
            }
        }

        func documentPickerWasCancelled(_ controller: UIDocumentPickerViewController) {
            picked(nil)
        }
    }
}
