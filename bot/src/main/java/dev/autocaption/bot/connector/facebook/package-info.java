/**
 * The Facebook connector ({@link dev.autocaption.bot.connector.facebook.FacebookPhotoSource}) on RestFB
 * 2025.11.0: Page photos in, Page post message or Page comment out; personal profiles read-only. No RestFB type
 * leaves this package.
 */
package dev.autocaption.bot.connector.facebook;
