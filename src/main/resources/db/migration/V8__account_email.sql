-- Where reminders go; optional, since many commune officers are reached in the application only.
alter table app_user add column email text;
