'use strict';
// the section asked for (#/tickets, an alert's #ticket-12) survives the sign-in: the redirect to /admin keeps it
document.getElementById('login').action = '/admin/login' + location.hash;
