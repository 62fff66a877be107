import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// My documents: a passport from the templates, its photo from "the
/// camera" (a real PNG in a temporary file) encrypted into the vault and
/// the temporary file deleted; the status and where the original is.
final class DocumentsTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testAPhotoOfTheDocumentIsAttachedAndTheCameraFileDeleted() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let documents = try XCTUnwrap(app.makeChecklistModel())
        await documents.refresh()
        XCTAssertNil(documents.state.error)
        XCTAssertEqual(documents.state.title, try english("documents-title"))
        XCTAssertEqual(documents.state.sections.map(\.id), checklistSections().map(\.id))
        XCTAssertTrue(documents.state.templates.contains { $0.id == "passport" })

        let added = await documents.addTemplate("passport")
        let passport = try XCTUnwrap(added, documents.state.error ?? "")
        XCTAssertFalse(documents.state.templates.contains { $0.id == "passport" }, "already on the list")
        let identity = try XCTUnwrap(documents.state.sections.first { $0.id == "identity" })
        XCTAssertEqual(identity.items.map(\.itemId), [passport])
        XCTAssertEqual(identity.items.first?.statusText, try english("document-status-needed"))
        XCTAssertEqual(plain(identity.progressText), "0 of 1 ready")

        let item = documents.item(passport)
        await item.refresh()
        XCTAssertEqual(item.state.statuses.map(\.label).first, try english("document-status-needed"))
        XCTAssertEqual(item.state.addPhotoLabel, try english("documents-add-photo"))
        await item.setStatus("have-copy")
        XCTAssertEqual(item.state.status, "have-copy")
        await item.setPlace("with-cgrs", since: "2026-02-03")
        XCTAssertEqual(item.state.place, "with-cgrs")
        XCTAssertEqual(item.state.since, "2026-02-03")
        XCTAssertFalse(item.state.showsWhyNot)
        await item.setPlace("with-cgrs", since: "3 February")
        XCTAssertNotNil(item.state.error, "a date the core cannot read is refused")
        XCTAssertEqual(item.state.since, "2026-02-03", "nothing changed")

        // The camera wrote a photo to a temporary file; the model imports it.
        let png = makePng()
        let photo = try fixture.file("IMG_0001.png", png)
        await item.importFile(at: photo)
        XCTAssertNil(item.state.importError)
        XCTAssertFalse(item.state.importing)
        XCTAssertFalse(FileManager.default.fileExists(atPath: photo.path), "the plaintext photo is deleted")
        let attached = try XCTUnwrap(item.state.attachments.first)
        XCTAssertEqual(item.state.attachments.count, 1)
        XCTAssertEqual(attached.name, "IMG_0001.png")
        XCTAssertEqual(attached.mediaType, "image/png")
        XCTAssertTrue(attached.isImage)
        let shown = await item.photo(attached.attachmentId)
        XCTAssertEqual(shown, png, "the photo comes back byte for byte")
        // Nowhere in the vault folder is the photo in plaintext.
        let vaultFiles = FileManager.default.enumerator(atPath: fixture.vaultsRoot)?.compactMap { $0 as? String } ?? []
        for name in vaultFiles {
            let path = URL(fileURLWithPath: fixture.vaultsRoot).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            XCTAssertNil(data.range(of: png.prefix(64)), "\(name) holds the photo in plaintext")
        }

        // A scan from the document picker given as bytes.
        await item.importBytes(name: "scan.png", data: makePng(width: 4, height: 4))
        XCTAssertEqual(item.state.attachments.count, 2)

        // A file that vanished: a translated error, the temporary path cleaned.
        await item.importFile(at: fixture.root.appendingPathComponent("gone.jpg"))
        let failed = try XCTUnwrap(item.state.importError)
        XCTAssertTrue(plain(failed).hasPrefix("The file could not be added: "), failed)
        XCTAssertEqual(item.state.attachments.count, 2)

        await documents.refresh()
        let row = try XCTUnwrap(documents.state.sections.first { $0.id == "identity" }?.items.first)
        XCTAssertEqual(row.attachmentCount, 2)
        XCTAssertEqual(row.statusText, try english("document-status-have-copy"))
        XCTAssertTrue(row.done)
        XCTAssertEqual(plain(try XCTUnwrap(documents.state.sections.first { $0.id == "identity" }).progressText), "1 of 1 ready")

        // "Cannot get it": the reason field shows.
        await item.setStatus("not-available")
        XCTAssertTrue(item.state.showsWhyNot)
        item.setWhyNot("The municipality burned down.")
        await item.saveWhyNot()
        await item.refresh()
        XCTAssertEqual(item.state.whyNot, "The municipality burned down.")

        await item.trashAttachment(attached.attachmentId)
        XCTAssertEqual(item.state.attachments.count, 1)
    }
}
