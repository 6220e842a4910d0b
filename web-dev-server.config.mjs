// `npm start`: serves the repository as it is, so demo/ loads the built
// dist/ files exactly as a webmaster's page would. http://localhost:8000/
export default /** @satisfies {import('@web/dev-server').DevServerConfig} */ ({
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
});
