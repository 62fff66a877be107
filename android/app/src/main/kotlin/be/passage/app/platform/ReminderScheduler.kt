package be.passage.app.platform

import android.Manifest
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.ExistingWorkPolicy
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.Worker
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import be.passage.app.MainActivity
import be.passage.app.R
import be.passage.app.model.PlannedReminder
import java.time.Duration
import java.time.LocalDateTime
import java.time.ZoneId
import java.time.ZonedDateTime

/**
 * Schedules the ReminderPlanner's notifications with WorkManager. Only the
 * neutral title and body are stored in WorkManager's database (they say
 * nothing about what is planned), and the notification is
 * VISIBILITY_SECRET: nothing of it shows on a locked screen.
 */
object ReminderScheduler {
    private const val TAG = "passage-reminder"
    private const val CHANNEL = "reminders"
    private val BRUSSELS: ZoneId = ZoneId.of("Europe/Brussels")

    fun replaceAll(context: Context, reminders: List<PlannedReminder>) {
        val work = WorkManager.getInstance(context)
        work.cancelAllWorkByTag(TAG)
        val now = ZonedDateTime.now(BRUSSELS)
        for (r in reminders) {
            val at = LocalDateTime.parse(r.at).atZone(BRUSSELS)
            if (at.isBefore(now)) continue
            val request = OneTimeWorkRequestBuilder<ReminderWorker>()
                .setInitialDelay(Duration.between(now, at))
                .setInputData(workDataOf("id" to r.id, "title" to r.title, "body" to r.body))
                .addTag(TAG)
                .build()
            work.enqueueUniqueWork("$TAG-${r.id}", ExistingWorkPolicy.REPLACE, request)
        }
    }

    internal fun ensureChannel(context: Context) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.O) return
        val channel = NotificationChannel(
            CHANNEL,
            context.getString(R.string.notification_channel_reminders),
            NotificationManager.IMPORTANCE_DEFAULT,
        ).apply { lockscreenVisibility = android.app.Notification.VISIBILITY_SECRET }
        context.getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    internal fun post(context: Context, id: Int, title: String, body: String) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        ensureChannel(context)
        val open = PendingIntent.getActivity(
            context,
            0,
            Intent(context, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val notification = NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(R.drawable.ic_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        NotificationManagerCompat.from(context).notify(id, notification)
    }
}

/** Posts one neutral reminder when its time comes. */
class ReminderWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    override fun doWork(): Result {
        val title = inputData.getString("title") ?: return Result.failure()
        val body = inputData.getString("body") ?: return Result.failure()
        ReminderScheduler.post(applicationContext, inputData.getInt("id", 0), title, body)
        return Result.success()
    }
}
